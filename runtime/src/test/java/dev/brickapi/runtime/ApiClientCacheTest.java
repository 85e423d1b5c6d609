package dev.brickapi.runtime;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.brickapi.runtime.testing.TestClients;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link ApiClient#api}: one shared instance per type, also when a constructor asks the client for another. */
class ApiClientCacheTest {

  @Test
  void servicesWhoseConstructorsAskForOtherServicesAreMadeAndSharedOnce() {
    ApiClient client = ApiClient.workspace(TestClients.config("http://127.0.0.1:9").token("dapi-cache").build());
    // S0 asks for S1 while it is being made, S1 for S2, ...: sixteen nested requests, so two of them share a bin of
    // the cache, where a nested computeIfAbsent throws "Recursive update".
    Step first = client.api(S0.class, S0::new);
    Step each = first;
    for (int i = 0; i < TYPES.size(); i++) {
      int index = i;
      assertSame(each, client.api(type(i), c -> CTORS.get(index).apply(c)), "S" + i + " is made once and shared");
      each = each.next;
    }
  }

  private static final List<Class<? extends Step>> TYPES = List.of(S0.class, S1.class, S2.class, S3.class, S4.class, S5.class, S6.class, S7.class, S8.class, S9.class, S10.class, S11.class, S12.class, S13.class, S14.class, S15.class);
  private static final List<Function<ApiClient, ? extends Step>> CTORS = List.of(S0::new, S1::new, S2::new, S3::new, S4::new, S5::new, S6::new, S7::new, S8::new, S9::new, S10::new, S11::new, S12::new, S13::new, S14::new, S15::new);

  @SuppressWarnings("unchecked")
  private static Class<Step> type(int i) {
    return (Class<Step>) TYPES.get(i);
  }

  /** A service over the client that, like a helper over {@code clusters()}, takes the next one when made. */
  abstract static class Step {
    final Step next;

    Step(ApiClient client, int index) {
      int following = index + 1;
      next = following < TYPES.size() ? client.api(type(following), c -> CTORS.get(following).apply(c)) : null;
    }
  }

  static final class S0 extends Step { S0(ApiClient c) { super(c, 0); } }
  static final class S1 extends Step { S1(ApiClient c) { super(c, 1); } }
  static final class S2 extends Step { S2(ApiClient c) { super(c, 2); } }
  static final class S3 extends Step { S3(ApiClient c) { super(c, 3); } }
  static final class S4 extends Step { S4(ApiClient c) { super(c, 4); } }
  static final class S5 extends Step { S5(ApiClient c) { super(c, 5); } }
  static final class S6 extends Step { S6(ApiClient c) { super(c, 6); } }
  static final class S7 extends Step { S7(ApiClient c) { super(c, 7); } }
  static final class S8 extends Step { S8(ApiClient c) { super(c, 8); } }
  static final class S9 extends Step { S9(ApiClient c) { super(c, 9); } }
  static final class S10 extends Step { S10(ApiClient c) { super(c, 10); } }
  static final class S11 extends Step { S11(ApiClient c) { super(c, 11); } }
  static final class S12 extends Step { S12(ApiClient c) { super(c, 12); } }
  static final class S13 extends Step { S13(ApiClient c) { super(c, 13); } }
  static final class S14 extends Step { S14(ApiClient c) { super(c, 14); } }
  static final class S15 extends Step { S15(ApiClient c) { super(c, 15); } }
}
