#!/usr/bin/env python3
"""Runs the benchmark tasks of issue 3 on NetworkX, igraph and NetworKit, and writes the comparison table.

Subcommands (Scripts/benchmark.sh calls them in this order):
  setup                      create Benchmarks/.venv and pip install networkx, igraph, networkit, numpy, scipy
  run DATA_DIR OUT.jsonl     every (size, library, task) in its own subprocess with a timeout; one JSON line each
  child LIB TASK FILE        (internal) load FILE, time TASK, print one JSON line
  table RESULTS.jsonl...     print the markdown table of docs/benchmarks.md from Crosstalk's and these results

Each child loads the graph (untimed, except for the `load` task, which is parse + build), runs the task once,
then up to 7 runs in all if the first took under 1 s, 3 if under 10 s; it reports the median and its own peak
RSS (`ru_maxrss`, interpreter and libraries included). NetworKit runs on THREADS threads (default 2) with
OMP_WAIT_POLICY=passive: on this shared 2-core machine OpenMP's default spinning made it 4-10x slower, so
this is its better case. igraph and NetworkX are single-threaded. Tasks that are infeasible for a library at
a size are not started; NetworkX betweenness and closeness on the medium graph are estimated from a sample of
sources and marked so.
"""

import json
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "Benchmarks", ".venv")
PACKAGES = ["networkx", "igraph", "networkit", "numpy", "scipy"]
SIZES = ["small", "medium", "large"]
TASKS = ["load", "degree", "pagerank", "betweenness", "betweenness-sampled", "closeness", "closeness-sampled",
         "constraint", "components", "kcore", "louvain"]
# Library -> task -> sizes it is started on (others are infeasible in the time budget and reported as not run).
PLAN = {
    "networkx": {"load": SIZES, "degree": SIZES, "pagerank": SIZES, "betweenness": ["small", "medium"],
                 "closeness": ["small", "medium"], "constraint": ["small"], "components": SIZES,
                 "kcore": SIZES},
    "igraph": {"load": SIZES, "degree": SIZES, "pagerank": SIZES, "betweenness": ["small", "medium"],
               "closeness": ["small", "medium"], "constraint": SIZES, "components": SIZES, "kcore": SIZES,
               "louvain": SIZES},
    "networkit": {"load": SIZES, "degree": SIZES, "pagerank": SIZES, "betweenness": ["small", "medium"],
                  "betweenness-sampled": ["small"], "closeness": ["small", "medium"], "closeness-sampled": SIZES,
                  "components": SIZES, "kcore": SIZES, "louvain": SIZES},
}
SAMPLE_SOURCES = 200
# Crosstalk's defaults for the sampled centralities (GraphMetrics `Accuracy`): betweenness within ε = 0.01 with
# probability 1 − δ = 0.9, closeness from k pivots, k = ⌈ln(4n/δ) / (2ε′²)⌉ with ε = 0.1, ε′ = ε(n − 1)/n.
SAMPLED_BETWEENNESS = (0.01, 0.1)
SAMPLED_CLOSENESS = (0.1, 0.1)


def setup():
    """Creates the virtual environment and installs the reference libraries from PyPI."""
    if not os.path.exists(os.path.join(VENV, "bin", "python")):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    pip = os.path.join(VENV, "bin", "pip")
    subprocess.run([pip, "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([pip, "install", "-q"] + PACKAGES, check=True)


def read_edges(path):
    """Sources, targets, weights and node count of a `source,target,,weight` file, as numpy arrays."""
    import numpy as np
    with open(path, "rb") as file:
        values = np.array(file.read().replace(b",,", b" ").replace(b",", b" ").split(), dtype=np.int64)
    values = values.reshape(-1, 3)
    n = int(values[:, :2].max()) + 1
    return values[:, 0], values[:, 1], values[:, 2].astype(np.float64), n


def build(library, edges, threads):
    """The library's directed weighted graph of `edges`."""
    sources, targets, weights, n = edges
    if library == "networkx":
        import networkx as nx
        graph = nx.DiGraph()
        graph.add_nodes_from(range(n))
        graph.add_weighted_edges_from(zip(sources.tolist(), targets.tolist(), weights.tolist()))
        return graph
    if library == "igraph":
        import igraph as ig
        import numpy as np
        return ig.Graph(n=n, edges=np.column_stack([sources, targets]).tolist(), directed=True,
                        edge_attrs={"weight": weights.tolist()})
    import networkit as nk
    nk.setNumberOfThreads(threads)
    graph = nk.Graph(n, weighted=True, directed=True)
    graph.addEdges((weights, (sources, targets)))
    graph.indexEdges()
    return graph


def networkx_task(task, graph, edges):
    """Runs `task` with NetworkX; returns (result fact, scale): scale > 1 means a sampled estimate."""
    import networkx as nx
    n = graph.number_of_nodes()
    if task == "degree":
        return max(dict(graph.in_degree()).values()) + max(dict(graph.out_degree()).values()), 1
    if task == "pagerank":
        return max(nx.pagerank(graph, alpha=0.85, tol=1e-6, weight="weight").values()), 1
    if task == "betweenness":
        if n <= 1000:
            return max(nx.betweenness_centrality(graph).values()), 1
        return max(nx.betweenness_centrality(graph, k=SAMPLE_SOURCES, seed=1).values()), n / SAMPLE_SOURCES
    if task == "closeness":
        if n <= 1000:
            return max(nx.closeness_centrality(graph).values()), 1
        reverse = graph.reverse(copy=False)
        total = sum(sum(nx.single_source_shortest_path_length(reverse, v).values()) for v in range(SAMPLE_SOURCES))
        return total, n / SAMPLE_SOURCES
    if task == "constraint":
        return max(v for v in nx.constraint(graph, weight="weight").values() if v == v), 1
    if task == "components":
        return (nx.number_weakly_connected_components(graph), nx.number_strongly_connected_components(graph)), 1
    if task == "kcore":
        undirected = graph.to_undirected()
        undirected.remove_edges_from(nx.selfloop_edges(undirected))
        return max(nx.core_number(undirected).values()), 1
    if task == "louvain":
        communities = nx.community.louvain_communities(graph.to_undirected(), weight="weight", seed=1)
        return len(communities), 1
    raise ValueError(task)


def igraph_task(task, graph, edges):
    """Runs `task` with igraph (single-threaded); returns (result fact, 1)."""
    if task == "degree":
        return max(graph.indegree()) + max(graph.outdegree()), 1
    if task == "pagerank":
        return max(graph.pagerank(damping=0.85, weights="weight", directed=True)), 1
    if task == "betweenness":
        return max(graph.betweenness(directed=True)), 1
    if task == "closeness":
        return max(v for v in graph.closeness(mode="in") if v == v), 1
    if task == "constraint":
        return max(v for v in graph.constraint(weights="weight") if v == v), 1
    if task == "components":
        return (len(graph.connected_components(mode="weak")), len(graph.connected_components(mode="strong"))), 1
    if task == "kcore":
        undirected = graph.as_undirected(mode="collapse")
        return max(undirected.simplify().coreness()), 1
    if task == "louvain":
        undirected = graph.as_undirected(mode="collapse", combine_edges="sum")
        clustering = undirected.community_multilevel(weights="weight")
        return (len(clustering), round(clustering.modularity, 4)), 1
    raise ValueError(task)


def networkit_task(task, graph, edges):
    """Runs `task` with NetworKit on the configured threads; returns (a function giving the result fact, 1).

    Only the algorithm's run() is timed: reading scores into Python lists happens after the clock stops.
    Betweenness and closeness run on an unweighted copy (made before timing), since NetworKit takes edge
    weights as distances and the comparison is with hop-distance Brandes.
    """
    import networkit as nk
    centrality = nk.centrality
    if task == "degree":
        out = centrality.DegreeCentrality(graph, outDeg=True).run()
        into = centrality.DegreeCentrality(graph, outDeg=False).run()
        return (lambda: max(out.scores()) + max(into.scores())), 1
    if task == "pagerank":
        rank = centrality.PageRank(graph, damp=0.85, tol=1e-6).run()
        return (lambda: max(rank.scores())), 1
    if task == "betweenness-sampled":
        epsilon, delta = SAMPLED_BETWEENNESS
        # Riondato–Kornaropoulos, the estimator Crosstalk uses (with one full search per sample); NetworKit's
        # KadabraBetweenness refuses directed graphs ("the diameter of directed graphs cannot be computed yet").
        algorithm = centrality.ApproxBetweenness(edges[4], epsilon=epsilon, delta=delta).run()
        return (lambda: (max(algorithm.scores()), algorithm.numberOfSamples())), 1
    if task == "closeness-sampled":
        # Cohen et al.'s hybrid estimator with as many exact sources as Crosstalk's pivots, incoming distance.
        import math
        epsilon, delta = SAMPLED_CLOSENESS
        n = edges[4].numberOfNodes()
        pivots = math.ceil(math.log(4 * n / delta) / (2 * (epsilon * (n - 1) / n) ** 2))
        algorithm = centrality.ApproxCloseness(edges[4], pivots, epsilon, True,
                                               centrality.ClosenessType.INBOUND).run()
        return (lambda: (max(algorithm.scores()), pivots)), 1
    if task in ("betweenness", "closeness"):
        unweighted = edges[4]
        if task == "betweenness":
            algorithm = centrality.Betweenness(unweighted, normalized=True).run()
        else:
            algorithm = centrality.Closeness(unweighted, True, centrality.ClosenessVariant.GENERALIZED).run()
        return (lambda: max(algorithm.scores())), 1
    if task == "components":
        weak = nk.components.WeaklyConnectedComponents(graph).run()
        strong = nk.components.StronglyConnectedComponents(graph).run()
        return (lambda: (weak.numberOfComponents(), strong.numberOfComponents())), 1
    if task == "kcore":
        cores = centrality.CoreDecomposition(undirected_simple(graph)).run()
        return (lambda: max(cores.scores())), 1
    if task == "louvain":
        plm = nk.community.PLM(undirected_simple(graph)).run()
        return (lambda: plm.getPartition().numberOfSubsets()), 1
    raise ValueError(task)


def undirected_simple(graph):
    """The undirected projection without self-loops or multi-edges (reciprocated pairs merged)."""
    import networkit as nk
    undirected = nk.graphtools.toUndirected(graph)
    undirected.removeMultiEdges()
    undirected.removeSelfLoops()
    return undirected


def child(library, task, path, threads):
    """Loads `path`, times `task` (median of up to 3 runs) and prints one JSON line."""
    edges = read_edges(path)
    run = {"networkx": networkx_task, "igraph": igraph_task, "networkit": networkit_task}[library]
    graph = None if task == "load" else build(library, edges, threads)
    if library == "networkit" and task in ("betweenness", "closeness", "betweenness-sampled", "closeness-sampled"):
        import networkit as nk
        unweighted = nk.graphtools.toUnweighted(graph)
        # NetworKit's closeness measures outgoing distance; Crosstalk's (and NetworkX's) incoming.
        edges = edges + (nk.graphtools.transpose(unweighted) if task == "closeness" else unweighted,)
    runs, fact, scale = [], None, 1
    while not runs or (len(runs) < 7 and runs[0] < 1) or (len(runs) < 3 and runs[0] < 10):
        start = time.perf_counter()
        if task == "load":
            graph = build(library, read_edges(path), threads)
            fact = "loaded"
        else:
            fact, scale = run(task, graph, edges)
        runs.append((time.perf_counter() - start) * scale)
        fact = fact() if callable(fact) else fact
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"tool": library, "task": task, "file": path, "runs": runs, "seconds": statistics.median(runs),
                      "peakMemoryMiB": peak, "threads": threads if library == "networkit" else 1,
                      "estimated": scale != 1, "check": str(fact)}))


def run_all(data, out, threads, timeout):
    """Runs every planned (size, library, task) child and appends its JSON line (or a timeout) to `out`."""
    python = os.path.join(VENV, "bin", "python")
    environment = dict(os.environ, OMP_WAIT_POLICY="passive")
    with open(out, "a") as results:
        for size in os.environ.get("SIZES_FILTER", " ".join(SIZES)).split():
            path = os.path.join(data, f"{size}.csv")
            for library, tasks in PLAN.items():
                for task in TASKS:
                    if size not in tasks.get(task, []):
                        continue
                    command = [python, os.path.abspath(__file__), "child", library, task, path, str(threads)]
                    line = run_child(command, library, task, path, timeout, environment)
                    print(line, flush=True)
                    results.write(line + "\n")
                    results.flush()


def run_child(command, library, task, path, timeout, environment):
    """One child's JSON line, or a line recording its timeout or failure."""
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=environment)
    except subprocess.TimeoutExpired:
        return json.dumps({"tool": library, "task": task, "file": path, "status": f"timeout {timeout} s"})
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["?"])[-1][:200]
        return json.dumps({"tool": library, "task": task, "file": path, "status": f"failed: {reason}",
                           "elapsed": time.perf_counter() - start})
    return done.stdout.strip().splitlines()[-1]


LIBRARIES = ["crosstalk", "networkit", "igraph", "networkx"]
ROWS = ["load", "build-csr", "degree", "pagerank", "betweenness", "betweenness-sampled", "closeness",
        "closeness-sampled", "constraint", "components", "kcore",
        "louvain", "analyze"]


def load_results(paths):
    """(task, size, library) -> result line, from JSON-lines files; Crosstalk's load-cli counts as load."""
    results = {}
    for path in paths:
        with open(path) as file:
            for line in file:
                if not line.strip().startswith("{"):
                    continue
                entry = json.loads(line)
                size = os.path.basename(entry["file"]).split(".")[0]
                task = "load" if entry["task"] == "load-cli" else entry["task"]
                results[(task, size, entry["tool"])] = entry
    return results


def cell(entry, base):
    """`seconds / MiB / threads / ratio` for one library, or why there is no figure."""
    if entry is None:
        return "not run"
    if "status" in entry:
        return entry["status"]
    text = f"{entry['seconds']:.4g} s{' (est.)' if entry.get('estimated') else ''}"
    if "peakMemoryMiB" in entry:
        text += f", {entry['peakMemoryMiB']:.0f} MiB"
    text += f", {entry.get('threads', 1)} thr"
    if base is not None and "seconds" in base and entry["tool"] != "crosstalk" and base["seconds"] > 0:
        text += f", **{entry['seconds'] / base['seconds']:.3g}×**"
    return text


def table(paths):
    """Prints the markdown table and the target checks for the results in `paths`."""
    results = load_results(paths)
    print("| task | size | " + " | ".join(LIBRARIES) + " |")
    print("|---|---|" + "---|" * len(LIBRARIES))
    for task in ROWS:
        for size in SIZES:
            entries = [results.get((task, size, library)) for library in LIBRARIES]
            if not any(entries):
                continue
            base = entries[0]
            print(f"| {task} | {size} | " + " | ".join(cell(entry, base) for entry in entries) + " |")
    print()
    for line in targets(results):
        print(line)


def ratio(results, task, size, library):
    """Library seconds / Crosstalk seconds, or None when either has no figure."""
    base, other = results.get((task, size, "crosstalk")), results.get((task, size, library))
    if not base or not other or "seconds" not in base or "seconds" not in other:
        return None
    return other["seconds"] / base["seconds"]


def targets(results):
    """One line per issue-3 target and size: met or missed, with the ratio."""
    lines = []
    checks = [(task, "networkit", 1.0, "at least as fast as NetworKit")
              for task in ("pagerank", "degree", "components", "kcore")]
    checks += [("betweenness", "networkit", 1 / 1.25, "within 1.25× of NetworKit"),
               ("betweenness", "igraph", 1.0, "faster than igraph")]
    for task, library, threshold, goal in checks:
        for size in SIZES:
            value = ratio(results, task, size, library)
            if value is not None:
                verdict = "met" if value >= threshold else "MISSED"
                lines.append(f"- {task} {size}: {goal}: {verdict} ({library} / Crosstalk = {value:.3g})")
    for task in TASKS:
        for size in SIZES:
            value = ratio(results, task, size, "networkx")
            if value is not None:
                verdict = "met" if value >= 50 else "MISSED"
                lines.append(f"- {task} {size}: NetworkX ≥ 50× slower: {verdict} ({value:.3g}×)")
    for task in TASKS:
        for size in SIZES:
            base, other = results.get((task, size, "crosstalk")), results.get((task, size, "igraph"))
            if base and other and "peakMemoryMiB" in base and "peakMemoryMiB" in other:
                verdict = "met" if base["peakMemoryMiB"] <= other["peakMemoryMiB"] else "MISSED"
                lines.append(f"- {task} {size}: peak memory ≤ igraph's: {verdict} "
                             f"({base['peakMemoryMiB']:.0f} vs {other['peakMemoryMiB']:.0f} MiB)")
    return lines


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["setup"]:
        setup()
    elif arguments[:1] == ["run"] and len(arguments) >= 3:
        run_all(arguments[1], arguments[2], int(os.environ.get("THREADS", "2")),
                int(os.environ.get("TIMEOUT", "600")))
    elif arguments[:1] == ["child"] and len(arguments) == 5:
        child(arguments[1], arguments[2], arguments[3], int(arguments[4]))
    elif arguments[:1] == ["table"]:
        table(arguments[1:])
    else:
        sys.exit(__doc__)
