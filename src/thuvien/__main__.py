import sys

from thuvien.cli import main

sys.exit(main())
