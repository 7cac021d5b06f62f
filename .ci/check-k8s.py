#!/usr/bin/env python3
"""Offline checks of rendered Kubernetes manifests (kubectl kustomize output) for the shapes newswatch uses.

    kubectl kustomize deploy/k8s/overlays/strimzi | .ci/check-k8s.py docs/topics.md docs/security.md

No cluster and no published JSON schemas are reachable from CI, so this checks what a schema check would
catch for our kinds, plus what one would not: references between objects (selectors, named ports,
ConfigMap keys, $(VAR) arguments, volumes), the topics against the topics table of docs/topics.md and, where
there are KafkaUsers, the Kafka security: TLS + SCRAM-SHA-512 listeners with ACL authorization, each service
mounting its own KafkaUser's Secret, and that user's ACLs covering the topic rights the ACL table of
docs/security.md gives the service; and on three brokers or more the replication: 3 replicas and
min.insync.replicas 2 for the brokers' defaults, the internal topics, every KafkaTopic and the services' own
kafka.topics settings, unclean leader election off, an odd controller quorum of at least three. Needs PyYAML (Debian: python3-yaml).
"""
import re
import sys

import yaml

KINDS = {
    ("v1", "Namespace"): False, ("v1", "ConfigMap"): True, ("v1", "Service"): True,
    ("apps/v1", "Deployment"): True, ("apps/v1", "StatefulSet"): True, ("policy/v1", "PodDisruptionBudget"): True,
    ("kafka.strimzi.io/v1beta2", "Kafka"): True, ("kafka.strimzi.io/v1beta2", "KafkaNodePool"): True,
    ("kafka.strimzi.io/v1beta2", "KafkaTopic"): True, ("kafka.strimzi.io/v1beta2", "KafkaUser"): True,
}
ACL_TYPES = {"topic", "group", "transactionalId", "cluster"}
ACL_OPERATIONS = {"Read", "Write", "Create", "Delete", "Alter", "Describe", "ClusterAction", "AlterConfigs",
                  "DescribeConfigs", "IdempotentWrite", "All"}
IMPLIES_DESCRIBE = {"Read", "Write", "Delete", "Alter"}
SERVICES = ("poller", "pipeline", "alerts")
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


def acl_table(text):
    """{user: {topic: set(operations)}} from the literal topic rows of docs/security.md's ACL table."""
    out = {}
    for m in re.finditer(r"^\| (newswatch-[a-z]+) \| topic \| `([^`]+)` \| ([A-Za-z, ]+) \|", text, re.M):
        out.setdefault(m.group(1), {})[m.group(2)] = {o.strip() for o in m.group(3).split(",")}
    return out


def allowed(user, topic):
    """The operations a KafkaUser's ACLs allow on a topic (literal or prefix match)."""
    ops = set()
    for acl in user.get("spec", {}).get("authorization", {}).get("acls", []):
        r = acl.get("resource", {})
        if r.get("type") != "topic":
            continue
        name = r.get("name", "")
        if (r.get("patternType", "literal") == "literal" and name == topic) or (
                r.get("patternType") == "prefix" and topic.startswith(name)) or name == "*":
            ops |= set(acl.get("operations", []))
    if "All" in ops:
        ops |= ACL_OPERATIONS
    if ops & IMPLIES_DESCRIBE:
        ops.add("Describe")
    return ops


def check_kafka_security(by_kind, deployments, configmaps, kafkas, acl_doc):
    users = {u["metadata"]["name"]: u for u in by_kind.get("KafkaUser", [])}
    if not users:
        return
    topics = {t.get("spec", {}).get("topicName", t["metadata"]["name"]) for t in by_kind.get("KafkaTopic", [])}
    for u in users.values():
        need(u, u["metadata"].get("labels", {}).get("strimzi.io/cluster") in kafkas, "strimzi.io/cluster names no Kafka")
        spec = u.get("spec", {})
        need(u, spec.get("authentication", {}).get("type") == "scram-sha-512", "authentication must be scram-sha-512")
        authz = spec.get("authorization", {})
        need(u, authz.get("type") == "simple" and authz.get("acls"), "authorization must be simple with acls")
        for acl in authz.get("acls", []):
            r = acl.get("resource", {})
            ops = acl.get("operations", [])
            need(u, r.get("type") in ACL_TYPES, f"ACL resource type {r.get('type')!r}")
            need(u, r.get("type") == "cluster" or r.get("patternType", "literal") in ("literal", "prefix"),
                 f"ACL patternType {r.get('patternType')!r}")
            need(u, r.get("type") == "cluster" or r.get("name") not in (None, "", "*"), "ACL on every resource ('*')")
            need(u, ops and set(ops) <= ACL_OPERATIONS, f"ACL operations {ops!r}")
            if r.get("type") == "topic" and r.get("patternType", "literal") == "literal" and topics:
                need(u, r.get("name") in topics, f"ACL names topic {r.get('name')}, which has no KafkaTopic")
            if "All" in ops:
                need(u, r.get("type") == "topic" and r.get("patternType") == "prefix"
                     and not any(t.startswith(r.get("name", "")) for t in topics),
                     f"All only on a prefix of internal topics, not on {r.get('name')}")
    for k in kafkas.values():
        spec = k.get("spec", {}).get("kafka", {})
        for listener in spec.get("listeners", []):
            need(k, listener.get("tls") is True and listener.get("authentication", {}).get("type") == "scram-sha-512",
                 f"listener {listener.get('name')}: KafkaUsers need tls: true and authentication scram-sha-512")
        need(k, spec.get("authorization", {}).get("type") == "simple", "KafkaUser ACLs need authorization: simple")
        need(k, "userOperator" in k.get("spec", {}).get("entityOperator", {}), "KafkaUsers need the User Operator")
    for d in deployments:
        pod = d["spec"]["template"]["spec"]
        secrets = {v["name"]: v["secret"].get("secretName") for v in pod.get("volumes", []) if "secret" in v}
        for c in pod.get("containers", []):
            service = next((a for a in c.get("args", []) if a in SERVICES), None)
            if not need(d, service, f"container {c.get('name')}: no service command among its args"):
                continue
            mounts = {m["mountPath"]: secrets.get(m["name"]) for m in c.get("volumeMounts", []) if m["name"] in secrets}
            env = {}
            for e in c.get("env", []):
                ref = e.get("valueFrom", {}).get("configMapKeyRef")
                value = e.get("value")
                if ref:
                    value = configmaps.get(ref.get("name"), {}).get("data", {}).get(ref.get("key"))
                env[e["name"]] = value
            name = "newswatch-" + service
            need(d, env.get("NEWSWATCH_KAFKA__CLIENT_PROPERTIES__SECURITY_PROTOCOL") == "SASL_SSL",
                 f"{service}: security.protocol must be SASL_SSL")
            need(d, env.get("NEWSWATCH_KAFKA__CLIENT_PROPERTIES__SASL_MECHANISM") == "SCRAM-SHA-512",
                 f"{service}: sasl.mechanism must be SCRAM-SHA-512")
            jaas = env.get("NEWSWATCH_KAFKA__CLIENT_PROPERTY_FILES__SASL_JAAS_CONFIG") or ""
            owner = next((s for p, s in mounts.items() if jaas.startswith(p.rstrip("/") + "/")), None)
            need(d, owner == name and name in users,
                 f"{service}: sasl.jaas.config must come from the mounted Secret of KafkaUser {name}, not {owner}")
            truststore = env.get("NEWSWATCH_KAFKA__CLIENT_PROPERTIES__SSL_TRUSTSTORE_LOCATION") or ""
            ca = next((s for p, s in mounts.items() if truststore.startswith(p.rstrip("/") + "/")), None)
            need(d, ca in {f"{k}-cluster-ca-cert" for k in kafkas}, f"{service}: the truststore is not the cluster CA Secret")
            user = users.get(name)
            if user is None:
                continue
            rows = acl_doc.get(name)
            if need(d, acl_doc == {} or rows, f"{service}: docs/security.md lists no topics for {name}"):
                for topic, ops in (rows or {}).items():
                    missing = ops - allowed(user, topic)
                    need(user, not missing, f"no {sorted(missing)} on {topic}, which docs/security.md gives {name}")


def env_value(container, name, configmaps):
    """The value a container's env var gets (literal or from a ConfigMap key), or None."""
    for e in container.get("env", []):
        if e.get("name") != name:
            continue
        ref = e.get("valueFrom", {}).get("configMapKeyRef")
        if ref:
            return configmaps.get(ref.get("name"), {}).get("data", {}).get(ref.get("key"))
        return e.get("value")
    return None


def check_replication(by_kind, deployments, configmaps, kafkas):
    """With three brokers or more: every node pool role, broker setting, KafkaTopic and the services' own
    kafka.topics settings agree on 3 replicas and min.insync.replicas 2, with unclean leader election off and
    an odd controller quorum of at least three, so one node down loses nothing and stops nothing."""
    if not kafkas:
        return
    brokers = controllers = 0
    for pool in by_kind.get("KafkaNodePool", []):
        roles = pool.get("spec", {}).get("roles", [])
        replicas = pool.get("spec", {}).get("replicas", 0)
        brokers += replicas if "broker" in roles else 0
        controllers += replicas if "controller" in roles else 0
    if brokers < 3:
        return
    for k in kafkas.values():
        need(k, controllers >= 3 and controllers % 2 == 1, f"{controllers} controllers: the quorum needs an odd number >= 3")
        config = k.get("spec", {}).get("kafka", {}).get("config", {})
        for key, want in (("default.replication.factor", 3), ("offsets.topic.replication.factor", 3),
                          ("transaction.state.log.replication.factor", 3), ("min.insync.replicas", 2),
                          ("transaction.state.log.min.isr", 2)):
            need(k, config.get(key) == want, f"config {key} must be {want} on {brokers} brokers, not {config.get(key)!r}")
        need(k, config.get("unclean.leader.election.enable") is False, "config unclean.leader.election.enable must be false")
    for t in by_kind.get("KafkaTopic", []):
        spec = t.get("spec", {})
        need(t, spec.get("replicas") == 3, f"replicas must be 3 on {brokers} brokers, not {spec.get('replicas')!r}")
        min_isr = spec.get("config", {}).get("min.insync.replicas")
        need(t, min_isr == 2, f"config min.insync.replicas must be 2 (one replica may be down), not {min_isr!r}")
    for d in deployments:
        for c in d["spec"]["template"]["spec"].get("containers", []):
            for var, want in (("NEWSWATCH_KAFKA__TOPICS__REPLICATION_FACTOR", "3"),
                              ("NEWSWATCH_KAFKA__TOPICS__MIN_INSYNC_REPLICAS", "2")):
                got = env_value(c, var, configmaps)
                need(d, str(got) == want, f"container {c.get('name')}: {var} must be {want} like the KafkaTopics "
                     f"(Kafka Streams' internal topics follow it), not {got!r}")


def main():
    readme = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else ""
    acl_doc = acl_table(open(sys.argv[2], encoding="utf-8").read()) if len(sys.argv) > 2 else {}
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

    check_kafka_security(by_kind, deployments, configmaps, kafkas, acl_doc)
    check_replication(by_kind, deployments, configmaps, kafkas)

    for e in errors:
        print(f"FAIL {e}", file=sys.stderr)
    counts = ", ".join(f"{len(v)} {k}" for k, v in sorted(by_kind.items()))
    if errors:
        sys.exit(1)
    print(f"ok: {counts}")


if __name__ == "__main__":
    main()
