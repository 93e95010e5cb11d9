# Sourced by the benchmark scripts: sets `bin` to the partner-audit binary they time.
# Unless BENCH_SKIP_BUILD=1 or BENCH_BIN is set, it is built first in release, with the Swift
# runtime and Foundation linked in (`--static-swift-stdlib`), so that start-up binds no shared
# Swift libraries; BENCH_BIN names another binary instead. `$1` names the script in messages.
release_binary() {
    if [ -z "${BENCH_BIN:-}" ] && [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
        echo "== swift build -c release --static-swift-stdlib --product partner-audit" >&2
        swift build -c release --static-swift-stdlib --product partner-audit >&2
    fi
    bin=${BENCH_BIN:-"$(swift build -c release --show-bin-path)/partner-audit"}
    [ -x "$bin" ] || { echo "$1: no release binary at $bin" >&2; exit 1; }
}
