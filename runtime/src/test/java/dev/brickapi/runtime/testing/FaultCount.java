package dev.brickapi.runtime.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the fault cases (tests tagged {@value #TAG}: a misbehaving server, a misconfiguration, a secret that must
 * not leak) of a test run and prints {@code faults: N cases (P passed, F failed)} at its end.
 */
public final class FaultCount implements TestExecutionListener {
  public static final String TAG = "fault";

  private final AtomicInteger passed = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (test.isTest() && test.getTags().contains(TestTag.create(TAG))) {
      (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? passed : failed).incrementAndGet();
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    int all = passed.get() + failed.get();
    if (all > 0) {
      System.out.println("faults: " + all + " cases (" + passed.get() + " passed, " + failed.get() + " failed)");
    }
  }
}
