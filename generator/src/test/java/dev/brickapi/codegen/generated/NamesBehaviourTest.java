package dev.brickapi.codegen.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.names.names.v1.Circle;
import com.example.names.names.v1.Clashes;
import com.example.names.names.v1.Deserializer;
import com.example.names.names.v1.Known;
import com.example.names.names.v1.Status;
import com.example.names.names.v1.StringModel;
import com.example.names.names.v1.ThingPage;
import com.example.names.names.v1.ListThingsRequest;
import com.example.names.names.v1.ThingsApi;
import com.example.names.names.v1.Unknown;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.runtime.json.JsonCodec;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Behaviour of the classes generated from src/test/resources/specs/names: clashing names mean what they say. */
class NamesBehaviourTest {

  private final ObjectMapper mapper = JsonCodec.newMapper();

  private static Clashes sample() {
    return new Clashes().setThat("a").setSep("b").setO("c").setOut("d").setCopy("e").setParts("f")
        .setUnknownFields("g").setAdditionalProperties2("h").setAdditionalProperty2("i").setClass_("j")
        .setHashCode(1L).setGetClass("k").setToString("l").setEquals(true).setFooBar("m").setFooBar2("n")
        .setFooBar3("o").setValue("p").setNullableNote(null).setNote("r");
  }

  @Test
  void aPropertyNamedThatTakesPartInEquals() {
    assertEquals(sample(), sample());
    assertEquals(sample().hashCode(), sample().hashCode());
    assertNotEquals(sample(), sample().setThat("other"));
    assertNotEquals(sample().hashCode(), sample().setThat("other").hashCode());
    assertNotEquals(sample(), sample().setO("other"), "a property named like the parameter of equals");
  }

  @Test
  void everyClashingPropertyTakesPartInEquals() {
    assertNotEquals(sample(), sample().setSep("x"));
    assertNotEquals(sample(), sample().setFooBar2("x"));
    assertNotEquals(sample(), sample().setFooBar3("x"));
    assertNotEquals(sample(), sample().setHashCode(2L));
    assertNotEquals(sample(), sample().clearNullableNote(), "an explicit null differs from an absent value");
    assertNotEquals(sample(), sample().setAdditionalProperty("later", mapper.getNodeFactory().textNode("x")));
  }

  @Test
  void aPropertyNamedSepIsPrintedAsItsValueNotAsTheSeparator() {
    String s = new Clashes().setThat("1").setSep("2").setOut("3").toString();
    assertEquals("Clashes{that=1, sep=2, out=3}", s);
  }

  @Test
  void sensitiveValuesStayRedactedAmongClashingNames() {
    assertEquals("Clashes{that=1, secret=***}", new Clashes().setThat("1").setSecret("hunter2").toString());
  }

  @Test
  void propertiesEqualAfterCaseConversionKeepTheirOwnJsonNames() throws Exception {
    String json = "{\"foo_bar\":\"1\",\"fooBar\":\"2\",\"foo-bar\":\"3\",\"\":\"empty\",\"value\":\"v\","
        + "\"that\":\"t\",\"class\":\"c\",\"hashCode\":7,\"unknownFields\":\"u\",\"additionalProperties\":\"a\"}";
    Clashes c = mapper.readValue(json, Clashes.class);
    assertEquals("1", c.getFooBar());
    assertEquals("2", c.getFooBar2());
    assertEquals("3", c.getFooBar3());
    assertEquals("v", c.getValue());
    assertEquals(mapper.getNodeFactory().textNode("empty"), c.getAdditionalProperties().get(""),
        "a property named the empty string is kept with the unknown fields");
    assertEquals("c", c.getClass_());
    assertEquals(7L, c.getHashCode());
    assertEquals("u", c.getUnknownFields());
    assertEquals("a", c.getAdditionalProperties2());
    assertEquals(1, c.getAdditionalProperties().size(), "a property named additionalProperties is not an unknown field");
    assertEquals(mapper.readTree(json), mapper.readTree(mapper.writeValueAsString(c)));
  }

  @Test
  void derivedAccessorsGiveWayToProperties() {
    Clashes c = new Clashes().setSizeOrDefault(9L);
    assertEquals(9L, c.getSizeOrDefault(), "the property size_or_default keeps its getter");
    assertEquals(5L, c.getSizeOrDefault2(), "the default of size moves aside");
    assertEquals("none", new Clashes().getNoteOrDefault2());
  }

  @Test
  void copyCopiesAPropertyNamedCopy() {
    Clashes c = sample();
    Clashes copy = c.copy();
    assertEquals(c, copy);
    assertEquals("e", copy.getCopy());
  }

  @Test
  void enumValuesEqualAfterCaseConversionAreDistinctConstants() throws Exception {
    assertEquals("a-b", Status.A_B.value());
    assertEquals("A_B", Status.A_B2.value());
    assertEquals("ready", Status.READY.value());
    assertEquals("READY", Status.READY2.value());
    assertEquals("", Status.EMPTY.value());
    assertEquals("EMPTY", Status.EMPTY2.value());
    assertEquals("by_value", Status.BY_VALUE2.value());
    assertSame(Status.READY2, Status.of("READY"));
    assertSame(Status.EMPTY, mapper.readValue("\"\"", Status.class));
    assertEquals(Status.Known.A_B2, Status.A_B2.known());
    assertEquals(13, Status.values().size());
  }

  @Test
  void classesNamedLikeNestedTypesKeepTheirNestedTypesApart() throws Exception {
    assertEquals(Known.Known2.YES, Known.YES.known());
    Unknown shape = mapper.readValue("{\"kind\":\"Hexagon\",\"sides\":6}", Unknown.class);
    assertTrue(shape instanceof Unknown.Unknown2);
    assertTrue(mapper.readValue("{\"kind\":\"Circle\",\"radius\":1}", Unknown.class) instanceof Circle);
    Deserializer d = mapper.readValue("7", Deserializer.class);
    assertTrue(d.isLong());
    assertEquals("\"x\"", mapper.writeValueAsString(Deserializer.ofString("x")));
  }

  @Test
  void aSchemaNamedStringIsNotJavaLangString() throws Exception {
    Clashes c = mapper.readValue("{\"string\":{\"text\":\"hi\"}}", Clashes.class);
    StringModel s = c.getString();
    assertEquals("hi", s.getText());
  }

  @Test
  void operationsNamedLikeObjectMethodsAndDerivedMethodsGetTheirOwnNames() {
    List<String> methods = new ArrayList<>();
    for (Method m : ThingsApi.class.getDeclaredMethods()) {
      methods.add(m.getName());
    }
    assertTrue(methods.containsAll(List.of("getClass_", "wait_", "hashCode_", "listThingsAll", "listThingsAll2")),
        methods.toString());
    assertFalse(methods.contains("getClass"));
  }

  @Test
  void queryParametersNamedLikeThePagingLocalsAreSentAsGiven() {
    try (LoopbackServer server = new LoopbackServer()) {
      server.json("{\"things\":[{\"that\":\"1\"}],\"next_page_token\":\"t2\"}").json("{\"things\":[{\"that\":\"2\"}]}");
      ThingsApi api = new ThingsApi(GeneratedClients.workspace(server.url()));
      List<String> thats = new ArrayList<>();
      api.listThingsAll2(new ListThingsRequest().setCursor("c").setPage("p").setItems("i").setN(3L).setAt("a")
          .setRequest2("r").setThat("t").setClass_("k")).forEach(x -> thats.add(x.getThat()));
      assertEquals(List.of("1", "2"), thats);
      String sent = "cursor=c&page=p&items=i&n=3&at=a&request=r&that=t&class=k";
      assertEquals(List.of("/api/1/things?" + sent, "/api/1/things?page_token=t2&" + sent),
          server.requests().stream().map(LoopbackServer.Recorded::pathAndQuery).collect(Collectors.toList()));
    }
  }

  @Test
  void unknownFieldsStillRoundTrip() throws Exception {
    String json = "{\"that\":\"x\",\"later\":{\"a\":1}}";
    Clashes c = mapper.readValue(json, Clashes.class);
    JsonNode later = c.getAdditionalProperties().get("later");
    assertEquals(mapper.readTree("{\"a\":1}"), later);
    assertEquals(mapper.readTree(json), mapper.readTree(mapper.writeValueAsString(c)));
  }
}
