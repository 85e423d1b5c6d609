package dev.brickapi.it.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import dev.brickapi.mock.MockWorkspace;

/**
 * The steps of one API family, run in order against one mock (reset before the first step), each a dynamic
 * test named {@code family: what}. Later steps read what earlier ones wrote through the family's own fields;
 * {@link #need} turns a missing prerequisite into a clear cause.
 */
final class Family {

  /** What a step does; anything it throws fails the step. */
  interface Body {
    void run() throws Exception;
  }

  private record Step(String what, Body body) {}

  final String name;
  private final List<Step> steps = new ArrayList<>();

  Family(String name) {
    this.name = name;
  }

  Family step(String what, Body body) {
    steps.add(new Step(what, body));
    return this;
  }

  int size() {
    return steps.size();
  }

  DynamicContainer container(Supplier<MockWorkspace> mock, StepRunner runner) {
    Stream<DynamicTest> tests = steps.stream().map(s -> DynamicTest.dynamicTest(s.what, () -> {
      if (s == steps.get(0)) {
        mock.get().reset();
      }
      runner.run(mock.get(), name + ": " + s.what, s.body);
    }));
    return DynamicContainer.dynamicContainer(name, tests);
  }

  /** The value an earlier step left, or a failure naming that step. */
  static <T> T need(T value, String earlierStep) {
    if (value == null) {
      throw new IllegalStateException("not run: needs what step '" + earlierStep + "' returns, and it failed");
    }
    return value;
  }
}
