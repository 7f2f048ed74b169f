# Sourced by scripts that need the peer tools in Python (sumy, summa, lexrank, rouge-score, NLTK,
# the Rust ROUGE scorers) at the versions in ../shared/peers/requirements-frozen.txt. Sourcing
# has no side effect; the functions create the venv on first use by running the shared,
# unmodified ../shared/peers/setup_env.sh (PyPI; a few minutes).
#
#   parallax_peers_dir     prints the folder with setup_env.sh and run_summarizers.py:
#                          $PARALLAX_SHARED_PEERS, else $PARALLAX_SHARED_DATA/../peers, else ../shared/peers
#   parallax_peers_venv    prints the venv folder ($VENV, default .venv-peers), creating it if missing
#   parallax_peers_python  prints its Python ($PARALLAX_PEERS_PYTHON overrides)
#
# POSIX sh; call from the repository root.
parallax_peers_dir() {
    if [ -n "${PARALLAX_SHARED_PEERS:-}" ]; then echo "$PARALLAX_SHARED_PEERS"; return; fi
    d="${PARALLAX_SHARED_DATA:-../shared/data}/../peers"
    if [ -f "$d/setup_env.sh" ]; then echo "$d"; else echo ../shared/peers; fi
}

parallax_peers_venv() {
    venv="${VENV:-.venv-peers}"
    if [ ! -x "$venv/bin/python" ]; then
        setup="$(parallax_peers_dir)/setup_env.sh"
        [ -f "$setup" ] || { echo "error: $setup not found (set PARALLAX_SHARED_PEERS)" >&2; return 1; }
        echo "making $venv with $setup (once)" >&2
        bash "$setup" "$venv" >&2 || return 1
    fi
    echo "$venv"
}

parallax_peers_python() {
    if [ -n "${PARALLAX_PEERS_PYTHON:-}" ]; then echo "$PARALLAX_PEERS_PYTHON"; return; fi
    venv="$(parallax_peers_venv)" || return 1
    case "$venv" in /*) echo "$venv/bin/python" ;; *) echo "$PWD/$venv/bin/python" ;; esac
}
