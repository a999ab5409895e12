"""RewardModelRegistry: load → validate → warm-up → swap, rollback, delete, resolve, concurrency."""

import asyncio
import math
from pathlib import Path

import pytest
import torch

from reward_models.base import RewardModelError, full_name
from reward_models.batching import ScoringQueue
from reward_models.ensemble import EnsembleRewardModel
from reward_models.hf import HFRewardModel
from reward_models.implicit import ImplicitDPOReward
from reward_models.instructions import INSTRUCTIONS_VERSION
from reward_models.registry import LoadOptions, RewardModelRegistry
from reward_models.rules import JsonValidReward, LengthReward, build_rule


def _by_key(registry: RewardModelRegistry) -> dict[str, dict]:
    return {row["full_name"]: row for row in registry.list()}


def test_register_and_resolve(stub_factory) -> None:
    reg = RewardModelRegistry()
    a1, a2, b = stub_factory("a", "1"), stub_factory("a", "2"), stub_factory("b", "1")
    reg.register(a1)
    reg.register(a2, activate=False)
    reg.register(b)
    assert reg.default_name == "a"  # first name registered
    assert reg.resolve() is a1 and reg.resolve("default") is a1 and reg.resolve("a") is a1
    assert reg.resolve("a@2") is a2 and reg.resolve("b") is b
    rows = _by_key(reg)
    assert rows["a@1"]["active"] and rows["a@1"]["default"] and not rows["a@2"]["active"]
    assert rows["b@1"]["active"] and not rows["b@1"]["default"] and rows["b@1"]["kind"] == "stub"
    assert set(rows["a@1"]) >= {"name", "version", "active", "default", "kind", "path", "loaded_at"}


def test_resolve_rules_and_unknowns(stub_factory) -> None:
    reg = RewardModelRegistry()
    reg.register(stub_factory("a", "1"))
    rule = reg.resolve("rule:length?target=3")
    assert isinstance(rule, LengthReward) and reg.resolve("rule:length?target=3") is rule  # cached
    assert isinstance(reg.resolve("rule:json"), JsonValidReward)
    with pytest.raises(RewardModelError) as err:
        reg.resolve("nope")
    assert err.value.status_code == 404
    assert err.value.message.startswith("reward model 'nope' not found; available: a (1), rule:instructions, rule:json")
    with pytest.raises(RewardModelError) as err:
        reg.resolve("a@9")
    assert err.value.status_code == 404 and "versions of 'a': 1" in err.value.message
    with pytest.raises(RewardModelError) as err:
        reg.resolve("rule:nope")
    assert err.value.status_code == 404
    with pytest.raises(RewardModelError) as err:
        RewardModelRegistry().resolve(None)
    assert err.value.status_code == 404 and "no default" in err.value.message


def test_resolve_list_builds_a_cached_ensemble(stub_factory) -> None:
    reg = RewardModelRegistry()
    a, b = stub_factory("a", "1", fn=lambda p, r: 1.0), stub_factory("b", "1", fn=lambda p, r: 3.0)
    reg.register(a)
    reg.register(b)
    ens = reg.resolve(["a", "b@1"])
    assert isinstance(ens, EnsembleRewardModel) and ens.members == (a, b) and ens.mode == "mean"
    assert ens.score(["p"], ["x"]) == [2.0]
    assert reg.resolve(["a", "b"]) is ens  # same object: concurrent requests batch together
    assert reg.resolve(["a", "b"], mode="min").score(["p"], ["x"]) == [1.0]
    assert reg.resolve(["a"]) is a
    mixed = reg.resolve(["a", "rule:json"])
    assert mixed.name == "ensemble(a+rule:json)" and mixed.score(["p"], ["{}"]) == [1.0]
    with pytest.raises(RewardModelError):
        reg.resolve([])


def test_activate_rollback_delete(stub_factory) -> None:
    events: list[tuple] = []
    reg = RewardModelRegistry(default_name="a")
    reg.on_change(lambda *e: events.append(e))
    v1, v2, v3 = (stub_factory("a", v) for v in ("1", "2", "3"))
    for m in (v1, v2, v3):
        reg.register(m)
    assert reg.resolve("a") is v3
    assert reg.rollback("a") is v2 and reg.resolve() is v2
    assert reg.rollback("a") is v1
    with pytest.raises(RewardModelError) as err:
        reg.rollback("a")
    assert err.value.status_code == 409
    assert reg.activate("a", "3") is v3
    with pytest.raises(RewardModelError) as err:
        reg.activate("a", "9")
    assert err.value.status_code == 404
    reg.delete("a", "3")  # deleting the active version falls back to the previous active one
    assert reg.resolve("a") is v1
    reg.delete("a", "2")
    assert [r["full_name"] for r in reg.list()] == ["a@1"]
    with pytest.raises(RewardModelError) as err:
        reg.delete("a", "1")  # the default's last version
    assert err.value.status_code == 409
    with pytest.raises(RewardModelError) as err:
        reg.delete("a")
    assert err.value.status_code == 409
    b = reg.register(stub_factory("b", "1"))
    reg.set_default("b")
    reg.delete("a")
    assert reg.resolve() is b and [r["full_name"] for r in reg.list()] == ["b@1"]
    with pytest.raises(RewardModelError):
        reg.set_default("a")
    assert [e[0] for e in events] == [
        "register", "register", "register", "rollback", "rollback", "activate",
        "delete", "delete", "register", "default", "delete",
    ]  # fmt: skip


def test_keep_versions_evicts_oldest_inactive(stub_factory) -> None:
    reg = RewardModelRegistry(keep_versions=2)
    for v in ("1", "2", "3"):
        reg.register(stub_factory("a", v))
    assert [r["version"] for r in reg.list()] == ["2", "3"]
    assert reg.rollback("a").version == "2"
    with pytest.raises(RewardModelError):
        reg.rollback("a")  # "1" was evicted from the history too


def test_invalid_names(stub_factory) -> None:
    reg = RewardModelRegistry()
    for bad in ("a@b", "", "default"):
        with pytest.raises(RewardModelError):
            reg.register(stub_factory(bad, "1"))


async def test_load_swap_and_rollback_real_checkpoints(tiny_rm_dir: Path, tiny_rm_dir_b: Path) -> None:
    reg = RewardModelRegistry(default_name="rm")
    first = await reg.load("rm", tiny_rm_dir, version="a")
    assert isinstance(first, HFRewardModel) and full_name(first) == "rm@a"
    second = await reg.load("rm", tiny_rm_dir_b, version="b", batch_size=4)
    assert reg.resolve() is second and reg.resolve("rm@a") is first
    s_a, s_b = first.score(["hi"], ["hello"]), second.score(["hi"], ["hello"])
    assert s_a != s_b  # swapping really changes the rewards
    assert reg.rollback("rm") is first
    staged = await reg.load("rm", tiny_rm_dir_b, version="c", activate=False)
    assert reg.resolve() is first and reg.resolve("rm@c") is staged
    rows = _by_key(reg)
    assert rows["rm@a"]["kind"] == "hf" and rows["rm@a"]["path"] == str(tiny_rm_dir)
    assert rows["rm@a"]["loaded_at"] <= rows["rm@b"]["loaded_at"]


async def test_failed_load_keeps_the_old_model_serving(
    tiny_rm_dir: Path, corrupt_rm_dir: Path, rm_two_labels_dir: Path
) -> None:
    reg = RewardModelRegistry()
    good = await reg.load("rm", tiny_rm_dir, version="good")
    before = reg.list()
    checks = (
        (corrupt_rm_dir,
         "the weights cannot be loaded (missing or corrupt weight files, or an unsupported architecture)"),
        (rm_two_labels_dir, "expected a single-label sequence-classification model, got num_labels=2"),
    )
    for bad_dir, check in checks:
        with pytest.raises(RewardModelError) as err:
            await reg.load("rm", bad_dir, version="bad")
        assert err.value.status_code == 422
        assert err.value.message == f"loading 'rm' from {bad_dir} failed at load: {check}"
        assert reg.resolve("rm") is good and reg.list() == before
    with pytest.raises(RewardModelError) as err:
        await reg.load("rm", tiny_rm_dir, kind="onnx")
    assert err.value.status_code == 400


async def test_failed_validation_keeps_the_old_model_serving(stub_factory) -> None:
    class Broken:
        name, version = "rm", "broken"

        def score(self, prompts: list, responses: list) -> list[float]:
            return [math.nan] * len(prompts)

        def validate(self) -> None:
            raise RewardModelError("scores are not finite", 422)

    reg = RewardModelRegistry(loaders={"stub": lambda name, path, version, options: Broken()})
    good = reg.register(stub_factory("rm", "1"))
    with pytest.raises(RewardModelError) as err:
        await reg.load("rm", "/nowhere", kind="stub")
    assert err.value.status_code == 422
    assert err.value.message == "loading 'rm' from /nowhere failed at validation: scores are not finite"
    assert reg.resolve("rm") is good


async def test_load_implicit_kind(tiny_lm_dir: Path, tiny_lm_dir_b: Path) -> None:
    reg = RewardModelRegistry()
    model = await reg.load("dpo", tiny_lm_dir_b, kind="implicit", ref_path=str(tiny_lm_dir))
    assert isinstance(model, ImplicitDPOReward) and model.version == "dpo-1"
    assert _by_key(reg)["dpo@dpo-1"]["kind"] == "implicit"
    with pytest.raises(RewardModelError) as err:
        await reg.load("dpo2", tiny_lm_dir_b, kind="implicit")
    assert err.value.status_code == 422 and "ref_path" in err.value.message


async def test_concurrent_resolves_during_a_swap_never_fail(tiny_rm_dir: Path, tiny_rm_dir_b: Path) -> None:
    reg = RewardModelRegistry(default_name="rm")
    await reg.load("rm", tiny_rm_dir, version="old")
    queue = ScoringQueue(window_s=0.001)
    seen: set[str] = set()

    async def request(i: int) -> list[float]:
        model = reg.resolve(None if i % 2 else "rm")
        seen.add(full_name(model))
        prompts, responses = ["hi", "Explain photosynthesis."], [f"answer {i}", "Plants eat light."]
        return await queue.score(model, prompts, responses)

    swap = asyncio.create_task(reg.load("rm", tiny_rm_dir_b, version="new"))
    results: list[list[float]] = []
    i = 0
    while not swap.done():
        results += await asyncio.gather(*(request(i + j) for j in range(8)))
        i += 8
    await swap
    results += await asyncio.gather(*(request(i + j) for j in range(8)))
    assert all(len(r) == 2 and all(math.isfinite(x) for x in r) for r in results)
    assert "rm@old" in seen and "rm@new" in seen and seen <= {"rm@old", "rm@new"}
    assert full_name(reg.resolve()) == "rm@new"
    queue.close()


def test_reactivating_an_old_version_does_not_leave_it_in_the_history(stub_factory) -> None:
    reg = RewardModelRegistry()
    for v in ("1", "2", "3"):
        reg.register(stub_factory("a", v))
    reg.activate("a", "1")  # history was [1, 2]; now [2, 3]
    assert reg.rollback("a").version == "3"
    assert reg.rollback("a").version == "2"
    with pytest.raises(RewardModelError):
        reg.rollback("a")


def test_request_rules_can_be_disabled_without_touching_configured_rules(stub_factory) -> None:
    reg = RewardModelRegistry()
    reg.register(stub_factory("a", "1"))
    configured = build_rule("rule:json")
    configured.name = "strict-json"  # what build_registry does with a rule given as the server's reward model
    reg.register(configured)
    for spec in ("rule:json", ["a", "rule:length?target=3"]):
        with pytest.raises(RewardModelError) as err:
            reg.resolve(spec, allow_rules=False)
        assert err.value.status_code == 400
        assert err.value.message == (
            "request-defined rule rewards (rule:...) are disabled on this server; "
            "use one of its reward models: a (1), strict-json (1)"
        )
    assert reg.resolve("strict-json", allow_rules=False) is configured
    with pytest.raises(RewardModelError) as err:
        reg.resolve("nope", allow_rules=False)
    assert err.value.message == "reward model 'nope' not found; available: a (1), strict-json (1)"  # no rule:...
    assert isinstance(reg.resolve("rule:json"), JsonValidReward)  # allowed by default


async def test_every_load_gets_the_registry_load_options() -> None:
    seen: list[tuple[str, LoadOptions, dict]] = []

    def recording(name: str, path: str, version: str | None, options: LoadOptions, **kwargs) -> LengthReward:
        seen.append((path, options, kwargs))
        return LengthReward(target_words=3, name=name)

    options = LoadOptions(device="cuda:1", dtype="bfloat16", batch_size=7, max_length=300)
    reg = RewardModelRegistry(loaders={"rec": recording}, load_options=options)
    await reg.load("x", "/ckpt/a", kind="rec")
    await reg.load("y", "/ckpt/b", kind="rec", ref_path="/ckpt/ref")
    assert seen == [("/ckpt/a", options, {}), ("/ckpt/b", options, {"ref_path": "/ckpt/ref"})]
    assert options.model_kwargs() == {"device": "cuda:1", "dtype": "bfloat16", "max_length": 300, "batch_size": 7}
    assert "batch_size" not in LoadOptions().model_kwargs()  # None: each model class keeps its own default


async def test_load_options_reach_real_checkpoints(tiny_rm_dir: Path, tiny_lm_dir: Path, tiny_lm_dir_b: Path) -> None:
    reg = RewardModelRegistry(load_options=LoadOptions(dtype="bfloat16", batch_size=3, max_length=96))
    rm = await reg.load("rm", tiny_rm_dir)
    dpo = await reg.load("dpo", tiny_lm_dir_b, kind="implicit", ref_path=str(tiny_lm_dir))
    assert (rm.batch_size, rm.max_length, next(rm.model.parameters()).dtype) == (3, 96, torch.bfloat16)
    assert (dpo.batch_size, dpo.max_length, next(dpo.reference.parameters()).dtype) == (3, 96, torch.bfloat16)
    rows = _by_key(reg)
    for key in (full_name(rm), full_name(dpo)):
        assert {k: rows[key][k] for k in ("device", "dtype", "batch_size", "max_length")} == {
            "device": "cpu", "dtype": "bfloat16", "batch_size": 3, "max_length": 96,
        }  # fmt: skip


async def test_unexpected_loader_errors_are_logged_not_echoed(caplog: pytest.LogCaptureFixture) -> None:
    def exploding(name: str, path: str, version: str | None, options: LoadOptions) -> LengthReward:
        raise RuntimeError("secret internals at /srv/private/key.pem")

    reg = RewardModelRegistry(loaders={"boom": exploding})
    with pytest.raises(RewardModelError) as err:
        await reg.load("x", "/ckpt/a", kind="boom")
    assert err.value.status_code == 422
    assert err.value.message == (
        "loading 'x' from /ckpt/a failed at load: unexpected RuntimeError (details in the server log)")
    assert "secret internals" in caplog.text  # the server log keeps the traceback


def test_the_default_carries_the_weighted_verifier(stub_factory) -> None:
    """With a verifier, None/"default" score with the default model plus weight x verifier; the model's own name
    still gives the model alone; a hot-swap of the default carries the verifier over."""
    verifier = build_rule("rule:instructions")
    reg = RewardModelRegistry(default_name="main", verifier=verifier, verifier_weight=50.0)
    m1 = reg.register(stub_factory("main", "1", fn=lambda p, r: 1.0))
    default = reg.resolve(None)
    assert isinstance(default, EnsembleRewardModel) and default.members == (m1, verifier)
    assert reg.resolve("default") is default and reg.resolve("main") is m1
    prompt = "Answer in lowercase."
    assert default.score([prompt, prompt], ["all small", "Not Small"]) == [51.0, 1.0]
    m2 = reg.register(stub_factory("main", "2", fn=lambda p, r: 2.0))
    assert reg.resolve(None).members == (m2, verifier)
    reg.rollback("main")
    assert reg.resolve(None).members == (m1, verifier)
    other = reg.register(stub_factory("other", "1"))
    reg.set_default("other")
    assert reg.resolve(None).members == (other, verifier) and reg.resolve("main") is m1
    assert isinstance(reg.resolve(["default", "rule:json"]).members[0], EnsembleRewardModel)
    with pytest.raises(ValueError, match="verifier_weight"):
        RewardModelRegistry(verifier=verifier, verifier_weight=-1.0)


def test_the_listing_shows_the_default_s_verifier(stub_factory) -> None:
    reg = RewardModelRegistry(default_name="main", verifier=build_rule("rule:instructions"), verifier_weight=50.0)
    reg.register(stub_factory("main", "1"))
    reg.register(stub_factory("other", "1"))
    rows = _by_key(reg)
    assert rows["main@1"]["verifier"] == f"rule:instructions@{INSTRUCTIONS_VERSION}"
    assert rows["main@1"]["verifier_weight"] == 50.0
    assert "verifier" not in rows["other@1"]
    assert "verifier" not in _by_key(RewardModelRegistry(default_name="main"))  # empty, no verifier either way


def test_verifier_weights_must_be_finite(stub_factory) -> None:
    from aligned_serve.settings import Settings

    with pytest.raises(ValueError, match="finite"):
        RewardModelRegistry(verifier=build_rule("rule:instructions"), verifier_weight=float("inf"))
    with pytest.raises(RewardModelError, match="finite"):
        EnsembleRewardModel([stub_factory("a", "1"), stub_factory("b", "1")], "sum", weights=[1.0, float("inf")])
    with pytest.raises(ValueError):
        Settings(reward_verifier_weight=float("inf"))
