# shellcheck shell=bash
# The package tests' one assertion: check NAME COMMAND... runs COMMAND and prints PASS or FAIL!
# with its output; totals prints the counts and fails when anything failed.
passed=0
failed=0
check() {
    local name="$1"
    shift
    if output="$("$@" 2>&1)"; then
        echo "PASS   : $name"
        passed=$((passed + 1))
    else
        echo "FAIL!  : $name"
        printf '%s\n' "$output" | sed 's/^/   /' | head -20
        failed=$((failed + 1))
    fi
}
totals() {
    echo "Totals: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
