/**
 * JMH benchmarks, run from {@code target/benchmarks.jar} ({@code java -jar target/benchmarks.jar -h} lists the
 * options) or through the module's {@code run-*} scripts. Nothing here runs during the Maven build.
 */
package dev.jpwsh.bench;
