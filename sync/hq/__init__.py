"""The HQ service: receives every office's sealed batches and consolidates them.

Installs and runs without PySide6 or the desktop store (``pip install '.[hq]'``)."""
