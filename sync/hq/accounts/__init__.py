"""HQ's accounts (DESIGN.md §11): who may sign in, with what proof, and what they may read.

Services only, free of HTTP: each function works in the caller's transaction (a `Connection`
from HQ's engine) so a change and its audit entry commit together or not at all.

- `passwords`: Argon2id hashes and the minimum strength of a password.
- `users`: adding, listing, disabling users; roles and offices; one-time sign-in codes.
- `totp`: the second factor (required for admins) and its recovery codes.
- `signin`: `authenticate`, with lock-out after repeated failures.
- `sessions`: server-side sessions for the console, with their CSRF token.
- `api_tokens`: tokens for BI tools and scripts, scoped to a role and offices.
- `scope`: what a role and its offices may read, for the query layer.
- `audit`: the append-only, hash-chained audit log.
"""
