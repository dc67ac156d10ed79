#!/usr/bin/env bash
# Runs the libFuzzer targets. Usage:
#   tests/fuzz/run.sh [SECONDS-EACH] [TARGET...]     (default 600 s, every target; 2 at a time)
# Needs a fuzz build first:
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DTESSERA_FUZZ=ON -DTESSERA_SANITIZE=ON \
#       -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build build-fuzz --target fuzz-targets
# Each target starts from its hand-written seeds (tests/fuzz/corpus/TARGET), the test fixtures of
# its format and, for the project and bundle targets, a real project and manifest made with
# tessera-cli. Corpora and crashes go to build-fuzz/fuzz-out/TARGET; a crash is kept as
# crash-HASH there: minimise it (-minimize_crash=1), fix the bug and add the input to
# tests/fuzz/corpus/TARGET, where ctest's fuzz_replay_TARGET runs it from then on.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${TESSERA_FUZZ_BUILD:-$root/build-fuzz}"
seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(coco voc yolo ultralytics ultralytics-labels labelme cvat labelstudio doccano conll dpo
             hh-rlhf bundle project)
fi
out="$build/fuzz-out"
mkdir -p "$out"
# The work folders on tmpfs when there is one: each run creates a project, and fsync is the cost.
export QT_QPA_PLATFORM=offscreen TESSERA_USER=fuzzer TMPDIR="${TMPDIR:-$( [ -d /dev/shm ] && echo /dev/shm || echo /tmp)}"

# Fixtures of one format: files whose names say what they are.
fixtures() {
    local data="$root/tests/data"
    case "$1" in
        coco) find "$data" -path '*coco*' -name '*.json' ;;
        voc) find "$data" -path '*voc*' -name '*.xml' ;;
        yolo) find "$data" -path '*yolo*' -name '*.txt' ;;
        ultralytics) find "$data" -name '*.yaml' ;;
        ultralytics-labels) find "$data" -path '*yolo*' -name '*.txt' ;;
        labelme) find "$data/labelme" -name '*.json' ;;
        cvat) find "$data/cvat" "$data/datumaro" -path '*cvat*' -name '*.xml' ;;
        labelstudio) find "$data/labelstudio" -name '*.json' ;;
        doccano) find "$data/doccano" "$data/text" -name '*.jsonl' ;;
        conll) find "$data/doccano" -name '*.conll' ;;
        dpo | hh-rlhf) find "$data/preference" "$data/alpaca_eval" -name '*.json*' ;;
    esac 2>/dev/null || true
}

# A real project (with labels and annotations) and a real bundle's manifest.
generated() {
    local cli="$build/app/cli/tessera-cli"
    [ -x "$cli" ] || cli="$root/build/app/cli/tessera-cli"
    [ -x "$cli" ] || return 0
    local tmp
    tmp="$(mktemp -d)"
    "$cli" init "$tmp/p.tessera" >/dev/null
    "$cli" import "$tmp/p.tessera" --format coco \
        "$root/tests/data/datumaro/coco/coco_instances" >/dev/null 2>&1 || true
    "$cli" issue "$tmp/p.tessera" --asset 1 --add "why?" --region 1,1,4,4 >/dev/null 2>&1 || true
    case "$1" in
        project) cp "$tmp/p.tessera" "$2/generated.tessera" ;;
        bundle)
            "$cli" bundle create "$tmp/p.tessera" "$tmp/b.zip" --media >/dev/null 2>&1 &&
                unzip -p "$tmp/b.zip" manifest.json >"$2/generated-manifest.json" || true ;;
    esac
    rm -rf "$tmp"
}

run_one() {
    local t="$1" corpus="$out/$1/corpus" seeds="$out/$1/seeds"
    mkdir -p "$corpus" "$seeds"
    cp "$root/tests/fuzz/corpus/$t/"* "$seeds/"
    fixtures "$t" | while read -r f; do cp "$f" "$seeds/$(echo "$f" | md5sum | cut -c1-12)-$(basename "$f")"; done
    generated "$t" "$seeds"
    "$build/tests/fuzz/tessera-fuzz-$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
        -max_len="$([ "$t" = project ] && echo 262144 || echo 65536)" -artifact_prefix="$out/$t/" -print_final_stats=1 "$corpus" "$seeds" \
        >"$out/$t/log.txt" 2>&1 && status=ok || status="CRASH (see $out/$t/)"
    echo "$t: $status; $(grep -E '^stat::number_of_executed_units' "$out/$t/log.txt" | awk '{print $2}') runs, $(ls "$corpus" | wc -l) corpus files"
}

running=0
for t in "${targets[@]}"; do
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "${TESSERA_FUZZ_JOBS:-2}" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait
