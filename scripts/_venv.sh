# Sourced by scripts that need the peer tools (rouge-score, NLTK, the Rust ROUGE scorers):
# `parallax_peers_python` prints a Python interpreter that has them, creating `.venv-peers`
# with ../shared/peers/setup_env.sh the first time. PARALLAX_PEERS_PYTHON overrides it.
parallax_peers_python() {
    if [ -n "${PARALLAX_PEERS_PYTHON:-}" ]; then echo "$PARALLAX_PEERS_PYTHON"; return; fi
    if [ ! -x .venv-peers/bin/python ]; then
        setup="${PARALLAX_SHARED_DATA:-../shared/data}/../peers/setup_env.sh"
        [ -f "$setup" ] || setup=../shared/peers/setup_env.sh
        echo "making .venv-peers with $setup (once)" >&2
        bash "$setup" .venv-peers >&2
    fi
    echo "$PWD/.venv-peers/bin/python"
}
