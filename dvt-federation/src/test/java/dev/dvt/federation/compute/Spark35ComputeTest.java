package dev.dvt.federation.compute;

/** The Spark compute tests on the Spark 3.5 line (Scala 2.12), with the same worker build. */
class Spark35ComputeTest extends SparkComputeTest {
    @Override
    String sparkVersion() {
        return "3.5.7";
    }
}
