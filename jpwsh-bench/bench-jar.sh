# Sourced by the run-*-bench scripts: sets $java to a JDK 25 java and $jar to the benchmarks jar, building the jar
# when it is missing or older than any pom or source file. $JPWSH_BENCH_JAR names another jar to run instead (say,
# one built from an earlier commit), which is then used as it is.
module_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root_dir=$(dirname "$module_dir")
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64

# The java of $JAVA_HOME when it is 25 or newer, else the machine's JDK 25.
find_java() {
    local candidate="${JAVA_HOME:-}/bin/java" feature
    if [[ -n "${JAVA_HOME:-}" && -x "$candidate" ]]; then
        feature=$("$candidate" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
        if (( ${feature:-0} >= 25 )); then
            echo "$candidate"
            return
        fi
    fi
    if [[ ! -x "$jdk25/bin/java" ]]; then
        echo "$(basename "$0"): needs JDK 25: set JAVA_HOME or install it at $jdk25" >&2
        exit 1
    fi
    echo "$jdk25/bin/java"
}

jar_is_stale() {
    [[ ! -f "$jar" ]] && return 0
    [[ -n $(find "$root_dir" \( -name target -o -name .git \) -prune -o \
        \( -name pom.xml -o -path '*/src/*' \) -newer "$jar" -print -quit) ]]
}

java=$(find_java)
if [[ -n "${JPWSH_BENCH_JAR:-}" ]]; then
    jar=$JPWSH_BENCH_JAR
else
    jar="$module_dir/target/benchmarks.jar"
    if jar_is_stale; then
        echo "Building $jar ..."
        (cd "$root_dir" && mvn -q -B -ntp -pl jpwsh-bench -am package -DskipTests)
    fi
fi
