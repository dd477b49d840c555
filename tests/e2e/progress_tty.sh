#!/usr/bin/env bash
# align's progress bar on a terminal: its width, no bar into a pipe, Ctrl-C
# (progress_tty.py drives a pseudo-terminal from Python's pty module).
source "$(dirname "$0")/lib.sh"
python3 "$(dirname "$0")/progress_tty.py" "$VA" "$SRC" "$WORK"
