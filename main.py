"""Launch the reader's window: `python main.py [PATH] [--screenshot FILE.png] …`."""

import sys

from reader.gui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
