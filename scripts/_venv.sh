# Sourced by scripts that need the peers' Python (rouge-score, numpy): sets PY to a python with
# them, creating .venv-peers with ../shared/peers/setup_env.sh when none exists.
if [ -n "${PYTHON:-}" ]; then PY="$PYTHON"
elif [ -x .venv-peers/bin/python ]; then PY=.venv-peers/bin/python
elif [ -x ../venv-peers/bin/python ]; then PY=../venv-peers/bin/python
else
    sh ../shared/peers/setup_env.sh .venv-peers >&2
    PY=.venv-peers/bin/python
fi
