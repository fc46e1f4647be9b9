"""`python -m reader COMMAND …`."""

import sys

from reader.cli import main

sys.exit(main())
