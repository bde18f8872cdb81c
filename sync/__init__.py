"""Transport-independent sync: batch envelopes, sealing, the courier and the HQ service.

Nothing here imports the desktop app's store or UI, so HQ installs without PySide6.
"""
