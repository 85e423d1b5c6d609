package dev.brickapi.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.runtime.http.FormEncoding;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Form bodies as OpenAPI 3.0 sends each style, read back from the bytes. */
class FormBodyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @FormEncoding(deepObject = "card", joined = {"expand", "color"})
  private static void styled() {}

  private static String form(String json, FormEncoding encoding) throws Exception {
    return new String(FormBody.encode(JSON.readTree(json), encoding), StandardCharsets.UTF_8);
  }

  private static FormEncoding styles() throws Exception {
    return FormBodyTest.class.getDeclaredMethod("styled").getAnnotation(FormEncoding.class);
  }

  @Test
  void defaultStyleRepeatsListsAndSpreadsObjectsAndBracketsWhatOpenApiLeavesUndefined() throws Exception {
    assertEquals("tags=a&tags=b&city=Gent&line=x&lines%5B0%5D%5Bprice%5D=p&lines%5B1%5D%5Bprice%5D=q&n=1&ok=true",
        form("{\"tags\":[\"a\",\"b\"],\"address\":{\"city\":\"Gent\",\"line\":\"x\"},"
            + "\"lines\":[{\"price\":\"p\"},{\"price\":\"q\"}],\"n\":1,\"ok\":true}", null));
  }

  @Test
  void nullsAreLeftOutAndEmptyStringsKept() throws Exception {
    assertEquals("b=&c=1", form("{\"a\":null,\"b\":\"\",\"c\":[null,1]}", null));
  }

  @Test
  void deepObjectBracketsEveryLevelAndJoinedJoinsListsAndObjectsByCommas() throws Exception {
    assertEquals("card%5Bnumber%5D=4242&card%5Bowner%5D%5Bnames%5D%5B0%5D=A+B&expand=x%2Cy&color=R%2C100%2CG%2C200",
        form("{\"card\":{\"number\":\"4242\",\"owner\":{\"names\":[\"A B\"]}},\"expand\":[\"x\",null,\"y\"],"
            + "\"color\":{\"R\":100,\"G\":200}}", styles()));
  }

  @Test
  void keysAndValuesArePercentEncodedAsUtf8() throws Exception {
    assertEquals("na%C3%AFve+key=caf%C3%A9+%26+%3D+%2B", form("{\"na\u00efve key\":\"caf\u00e9 & = +\"}", null));
  }
}
