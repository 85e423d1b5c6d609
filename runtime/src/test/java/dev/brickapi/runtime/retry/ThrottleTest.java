package dev.brickapi.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.brickapi.runtime.testing.FaultCount;
import feign.RequestTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The client-side rate limit, on a fake clock: which waits it asks for, not how long anything took. */
class ThrottleTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final List<Long> waits = new ArrayList<>();

  private Throttle throttle(double perSecond) {
    return new Throttle(perSecond, now::get, nanos -> {
      waits.add(TimeUnit.NANOSECONDS.toMillis(nanos));
      now.addAndGet(nanos);
    });
  }

  @Test
  void aBurstIsSpreadOverSlotsOfOneIntervalEach() {
    Throttle t = throttle(10);
    for (int i = 0; i < 5; i++) {
      t.apply(new RequestTemplate());
    }
    assertEquals(List.of(100L, 100L, 100L, 100L), waits, "the first request goes at once, each next one 100 ms later");
  }

  @Test
  void requestsSlowerThanTheLimitNeverWait() {
    Throttle t = throttle(2);
    for (int i = 0; i < 3; i++) {
      t.apply(new RequestTemplate());
      now.addAndGet(TimeUnit.SECONDS.toNanos(1));
    }
    assertEquals(List.of(), waits);
  }

  @Test
  void idleTimeIsNotBankedForALaterBurst() {
    Throttle t = throttle(10);
    now.addAndGet(TimeUnit.SECONDS.toNanos(60));
    t.apply(new RequestTemplate());
    t.apply(new RequestTemplate());
    assertEquals(List.of(100L), waits);
  }

  @Test
  void aLimitMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new Throttle(0));
  }

  @Test
  @Tag(FaultCount.TAG)
  void everyOneSecondWindowHoldsTheLimitEvenWhenSleepersWakeLate() {
    java.util.Random random = new java.util.Random(42);
    List<Long> admitted = new ArrayList<>();
    Throttle t = new Throttle(250, now::get, nanos -> now.addAndGet(nanos + TimeUnit.MILLISECONDS.toNanos(random.nextInt(20))));
    for (int i = 0; i < 1000; i++) {
      t.apply(new RequestTemplate());
      admitted.add(now.get());
      if (i % 7 == 0) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(random.nextInt(3))); // another thread's work in between
      }
    }
    for (int i = 1; i < admitted.size(); i++) {
      assertTrue(admitted.get(i) - admitted.get(i - 1) >= TimeUnit.MILLISECONDS.toNanos(4),
          "requests " + (i - 1) + " and " + i + " closer than 1/250 s");
    }
    int start = 0;
    for (int end = 0; end < admitted.size(); end++) {
      while (admitted.get(end) - admitted.get(start) >= TimeUnit.SECONDS.toNanos(1)) {
        start++;
      }
      assertTrue(end - start + 1 <= 250, "a one-second window held " + (end - start + 1) + " requests");
    }
  }
}
