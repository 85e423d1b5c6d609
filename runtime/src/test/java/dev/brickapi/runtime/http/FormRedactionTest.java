package dev.brickapi.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sensitive fields of a form body are masked by key, also where the form nests them in brackets. */
class FormRedactionTest {

  private final Redactor redactor = new Redactor(List.of()).forTokenRequests(List.of());

  @Test
  void topLevelAndBracketedKeysAreMaskedAndOthersKept() {
    assertEquals("grant_type=x&password=***&user%5Bpassword%5D=***&items%5B0%5D%5Bcode%5D=***&passwords=kept",
        redactor.redact("grant_type=x&password=hunter22&user%5Bpassword%5D=hunter22&items%5B0%5D%5Bcode%5D=c0de"
            + "&passwords=kept"));
  }
}
