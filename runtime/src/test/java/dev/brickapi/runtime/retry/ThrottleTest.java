package dev.brickapi.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import feign.RequestTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
}
