#!/usr/bin/env python3
"""Offline checks of rendered Kubernetes manifests (kubectl kustomize output) for the shapes newswatch uses.

    kubectl kustomize deploy/k8s/overlays/strimzi | .ci/check-k8s.py docs/topics.md

No cluster and no published JSON schemas are reachable from CI, so this checks what a schema check would
catch for our kinds, plus what one would not: references between objects (selectors, named ports,
ConfigMap keys, $(VAR) arguments, volumes) and the topics against the topics table of docs/topics.md. Needs
PyYAML (Debian: python3-yaml).
"""
import re
import sys

import yaml

KINDS = {
    ("v1", "Namespace"): False, ("v1", "ConfigMap"): True, ("v1", "Service"): True,
    ("apps/v1", "Deployment"): True, ("apps/v1", "StatefulSet"): True, ("policy/v1", "PodDisruptionBudget"): True,
    ("kafka.strimzi.io/v1beta2", "Kafka"): True, ("kafka.strimzi.io/v1beta2", "KafkaNodePool"): True,
    ("kafka.strimzi.io/v1beta2", "KafkaTopic"): True,
}
DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
errors = []


def err(obj, msg):
    errors.append(f"{obj.get('kind')}/{obj.get('metadata', {}).get('name')}: {msg}")


def need(obj, cond, msg):
    if not cond:
        err(obj, msg)
    return cond


def matches(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_deployment(d, configmaps):
    """Checks a Deployment or StatefulSet: both carry a pod template."""
    spec = d.get("spec", {})
    tpl = spec.get("template", {})
    labels = tpl.get("metadata", {}).get("labels", {})
    need(d, matches(spec.get("selector", {}).get("matchLabels"), labels), "selector does not match the pod labels")
    pod = tpl.get("spec", {})
    psc = pod.get("securityContext", {})
    need(d, psc.get("runAsNonRoot") is True and psc.get("runAsUser") == 10001 and psc.get("runAsGroup") == 10001,
         "pod must run as non-root uid/gid 10001 (the Dockerfile's user)")
    need(d, isinstance(pod.get("terminationGracePeriodSeconds"), int), "terminationGracePeriodSeconds missing")
    volumes = {v["name"] for v in pod.get("volumes", [])}
    containers = pod.get("containers", [])
    need(d, containers, "no containers")
    for c in containers:
        ports = {p.get("name"): p.get("containerPort") for p in c.get("ports", [])}
        need(d, all(isinstance(p, int) for p in ports.values()), f"container {c.get('name')}: containerPort must be an int")
        need(d, c.get("image"), f"container {c.get('name')}: no image")
        for probe, path in (("livenessProbe", "/healthz"), ("readinessProbe", "/readyz"), ("startupProbe", None)):
            p = c.get(probe)
            if p is None:
                need(d, probe == "startupProbe", f"container {c.get('name')}: {probe} missing")
                continue
            get = p.get("httpGet", {})
            need(d, path is None or get.get("path") == path, f"{probe} must GET {path}")
            port = get.get("port")
            need(d, port in ports or port in ports.values(), f"{probe} port {port!r} is not a container port")
        res = c.get("resources", {})
        need(d, res.get("requests", {}).get("cpu") and res.get("requests", {}).get("memory")
             and res.get("limits", {}).get("memory"), f"container {c.get('name')}: cpu/memory requests and a memory limit needed")
        csc = c.get("securityContext", {})
        need(d, csc.get("readOnlyRootFilesystem") is True and csc.get("allowPrivilegeEscalation") is False,
             f"container {c.get('name')}: readOnlyRootFilesystem and no privilege escalation needed")
        mounts = c.get("volumeMounts", [])
        for m in mounts:
            need(d, m.get("name") in volumes, f"volumeMount {m.get('name')} has no volume")
        need(d, any(m.get("mountPath") == "/var/lib/newswatch" for m in mounts), "nothing writable at /var/lib/newswatch")
        need(d, any(a.startswith("-XX:MaxRAMPercentage=") for a in c.get("command", [])), "no -XX:MaxRAMPercentage")
        env = set()
        for e in c.get("env", []):
            env.add(e["name"])
            field = e.get("valueFrom", {}).get("fieldRef")
            if field:
                need(d, field.get("fieldPath") in ("metadata.name", "metadata.namespace", "status.podIP", "spec.nodeName"),
                     f"env {e['name']}: unexpected fieldRef {field.get('fieldPath')}")
            ref = e.get("valueFrom", {}).get("configMapKeyRef")
            if ref:
                cm = configmaps.get(ref.get("name"))
                need(d, cm is not None and ref.get("key") in cm.get("data", {}),
                     f"env {e['name']}: ConfigMap key {ref.get('name')}/{ref.get('key')} does not exist")
        for arg in c.get("args", []):
            for var in re.findall(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)", str(arg)):
                need(d, var in env, f"argument refers to $({var}), which is not in env")


def main():
    readme = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else ""
    docs = [d for d in yaml.safe_load_all(sys.stdin) if d]
    if not docs:
        sys.exit("check-k8s: no manifests on stdin")
    by_kind = {}
    for d in docs:
        key = (d.get("apiVersion"), d.get("kind"))
        meta = d.get("metadata", {})
        if not need(d, key in KINDS, f"unexpected apiVersion/kind {key}"):
            continue
        need(d, DNS_LABEL.match(str(meta.get("name", ""))), "metadata.name must be a DNS label")
        if KINDS[key]:
            need(d, meta.get("namespace"), "namespaced object without a namespace")
        by_kind.setdefault(d["kind"], []).append(d)
    configmaps = {c["metadata"]["name"]: c for c in by_kind.get("ConfigMap", [])}
    deployments = by_kind.get("Deployment", []) + by_kind.get("StatefulSet", [])
    for d in deployments:
        check_deployment(d, configmaps)
    services = {s["metadata"]["name"] for s in by_kind.get("Service", [])}
    for st in by_kind.get("StatefulSet", []):
        need(st, st["spec"].get("serviceName") in services, "serviceName names no Service")

    def pods_of(selector):
        return [d for d in deployments if matches(selector, d["spec"]["template"]["metadata"].get("labels", {}))]

    for s in by_kind.get("Service", []):
        targets = pods_of(s.get("spec", {}).get("selector"))
        if need(s, len(targets) == 1, f"selector matches {len(targets)} Deployments, expected 1"):
            ports = {p.get("name") for c in targets[0]["spec"]["template"]["spec"]["containers"] for p in c.get("ports", [])}
            ports |= {p.get("containerPort") for c in targets[0]["spec"]["template"]["spec"]["containers"] for p in c.get("ports", [])}
            for p in s["spec"].get("ports", []):
                need(s, p.get("targetPort") in ports, f"targetPort {p.get('targetPort')!r} is not a port of the Deployment")
        ann = s.get("metadata", {}).get("annotations", {})
        need(s, ann.get("prometheus.io/scrape") == "true" and ann.get("prometheus.io/port"), "Prometheus annotations missing")
    for p in by_kind.get("PodDisruptionBudget", []):
        spec = p.get("spec", {})
        targets = pods_of(spec.get("selector", {}).get("matchLabels"))
        if need(p, len(targets) == 1, f"selector matches {len(targets)} Deployments, expected 1"):
            replicas = targets[0]["spec"].get("replicas", 1)
            need(p, ("minAvailable" in spec) != ("maxUnavailable" in spec), "set exactly one of minAvailable/maxUnavailable")
            need(p, spec.get("minAvailable", 0) < replicas, "minAvailable >= replicas would block every eviction")

    kafkas = {k["metadata"]["name"]: k for k in by_kind.get("Kafka", [])}
    for k in kafkas.values():
        ann = k["metadata"].get("annotations", {})
        need(k, ann.get("strimzi.io/kraft") == "enabled" and ann.get("strimzi.io/node-pools") == "enabled",
             "KRaft and node pools must be enabled by annotation")
        need(k, k.get("spec", {}).get("kafka", {}).get("listeners"), "no listeners")
        need(k, "zookeeper" not in k.get("spec", {}), "KRaft cluster must not have spec.zookeeper")
    nodes = 0
    for pool in by_kind.get("KafkaNodePool", []):
        need(pool, pool["metadata"].get("labels", {}).get("strimzi.io/cluster") in kafkas, "strimzi.io/cluster names no Kafka")
        spec = pool.get("spec", {})
        need(pool, set(spec.get("roles", [])) <= {"broker", "controller"} and spec.get("roles"), "roles must be broker/controller")
        need(pool, spec.get("storage"), "no storage")
        if "broker" in spec.get("roles", []):
            nodes += spec.get("replicas", 0)
    wanted = set(re.findall(r"^\| `(newswatch\.[a-z0-9.-]+)`", readme, re.M))
    topics = by_kind.get("KafkaTopic", [])
    if topics:
        if not wanted:
            errors.append(f"{sys.argv[1] if len(sys.argv) > 1 else '(no file)'}: no topics found in the topics table")
        seen = set()
        for t in topics:
            spec = t.get("spec", {})
            name = spec.get("topicName", t["metadata"]["name"])
            seen.add(name)
            need(t, t["metadata"].get("labels", {}).get("strimzi.io/cluster") in kafkas, "strimzi.io/cluster names no Kafka")
            need(t, name in wanted, f"topic {name} is not in the documented topics table")
            need(t, isinstance(spec.get("partitions"), int) and spec["partitions"] >= 1, "partitions must be >= 1")
            need(t, isinstance(spec.get("replicas"), int) and 1 <= spec["replicas"] <= max(nodes, 1),
                 f"replicas must be between 1 and the {nodes} brokers")
            compacted = "(compacted)" in next((l for l in readme.splitlines() if l.startswith(f"| `{name}`")), "")
            policy = spec.get("config", {}).get("cleanup.policy", "delete")
            need(t, (policy == "compact") == compacted, f"cleanup.policy {policy} but the topics table says compacted={compacted}")
        missing = wanted - seen
        if missing:
            errors.append(f"KafkaTopic missing for documented topics: {sorted(missing)}")

    for e in errors:
        print(f"FAIL {e}", file=sys.stderr)
    counts = ", ".join(f"{len(v)} {k}" for k, v in sorted(by_kind.items()))
    if errors:
        sys.exit(1)
    print(f"ok: {counts}")


if __name__ == "__main__":
    main()
