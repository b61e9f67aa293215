"""Suite-wide settings: caches go to a temporary folder, never the user's own."""
import os
import tempfile

if "ORACLE_CACHE_DIR" not in os.environ:
    os.environ["ORACLE_CACHE_DIR"] = tempfile.mkdtemp(prefix="oracle-test-cache-")
