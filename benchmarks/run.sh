#!/usr/bin/env bash
# Runs the benchmark suite and writes BENCHMARKS.md from its results.
#   benchmarks/run.sh          the whole suite (about 10 minutes on 2 cores)
#   benchmarks/run.sh --quick  shorter iterations and fewer inputs (about 5 minutes); noisier
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

quick=false
[ "${1:-}" = "--quick" ] && quick=true

mvn -q -B -DskipTests package -pl benchmarks -am
jar=benchmarks/target/benchmarks.jar
results=benchmarks/target/results
rm -rf "$results" && mkdir -p "$results"

if $quick; then
  timing=(-f 1 -wi 1 -i 2 -w 1 -r 1)
  sizes=seeds,3k,10k,1m
  lexicons=1000,100000
else
  timing=()
  sizes=seeds,1k,3k,10k,100k,1m,10m
  lexicons=100,1000,10000,100000
fi

run() { # name, then JMH arguments
  local name=$1; shift
  java -jar "$jar" "$@" -rf json -rff "$results/$name.json"
}

run matching MatchingBenchmark -p lexiconSize="$lexicons" "${timing[@]}"
run limits ScanLimitsBenchmark "${timing[@]}"
run sentence-peers SentenceBaselinesBenchmark "${timing[@]}"
run stages StagesBenchmark "${timing[@]}"
run comparison ComparisonBenchmark "${timing[@]}"
run full-one-thread FullAnalysisBenchmark -p input="$sizes" -prof gc "${timing[@]}"
run report-json ReportJsonBenchmark -prof gc "${timing[@]}"
run full-two-threads FullAnalysisBenchmark -p input=seeds,3k,100k -t 2 "${timing[@]}"
if $quick; then
  run build AnalyzerBuildBenchmark -f 1 -wi 1 -i 2
else
  run build AnalyzerBuildBenchmark
fi
java -Xms1g -Xmx1g -cp "$jar" dev.slant.benchmarks.RetainedHeap | head -n 1 > "$results/retained-heap.tsv"

{
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1)"
  java -version 2>&1 | head -n 2 | tail -n 1
  date -u +"%Y-%m-%d"
} > "$results/machine.txt"
echo "benchmarks/run.sh $*" > "$results/command.txt"
java -cp "$jar" dev.slant.benchmarks.report.BenchmarkReport "$results" > BENCHMARKS.md
echo "wrote BENCHMARKS.md" >&2
