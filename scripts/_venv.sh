# Sourced by scripts that need the peer tools in Python (scripts/peers, parity and benchmark
# scripts). Sets PARALLAX_VENV to a venv holding sumy, summa, lexrank, rouge-score, … at the
# versions in ../shared/peers/requirements-frozen.txt, creating it when missing by running the
# shared, unmodified ../shared/peers/setup_env.sh.
#
#   VENV=/path/to/venv         use that venv (created there if missing); default .venv-peers
#   PARALLAX_SHARED_PEERS=DIR  where setup_env.sh and run_summarizers.py are; default ../shared/peers
#
# POSIX sh; call from the repository root.
PARALLAX_VENV="${VENV:-.venv-peers}"
PARALLAX_SHARED_PEERS="${PARALLAX_SHARED_PEERS:-../shared/peers}"
if [ ! -f "$PARALLAX_SHARED_PEERS/setup_env.sh" ]; then
    echo "error: $PARALLAX_SHARED_PEERS/setup_env.sh not found (set PARALLAX_SHARED_PEERS)" >&2
    exit 1
fi
if [ ! -x "$PARALLAX_VENV/bin/python" ]; then
    echo "Creating the peers' Python venv in $PARALLAX_VENV (PyPI; a few minutes)…" >&2
    bash "$PARALLAX_SHARED_PEERS/setup_env.sh" "$PARALLAX_VENV" >&2
fi
export PARALLAX_VENV PARALLAX_SHARED_PEERS
