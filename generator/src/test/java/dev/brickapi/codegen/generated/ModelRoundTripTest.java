package dev.brickapi.codegen.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.store.shared.v1.Color;
import com.example.store.shared.v1.Owner;
import com.example.store.store.v1.Bag;
import com.example.store.store.v1.Ball;
import com.example.store.store.v1.Circle;
import com.example.store.store.v1.Kind;
import com.example.store.store.v1.NewPet;
import com.example.store.store.v1.Pet;
import com.example.store.store.v1.PetState;
import com.example.store.store.v1.Rope;
import com.example.store.store.v1.Shape;
import com.example.store.store.v1.Square;
import com.example.store.store.v1.Toy;
import com.example.store.store.v1.FileList;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.runtime.json.JsonCodec;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jackson behaviour of the classes generated from src/test/resources/specs/constructs. */
class ModelRoundTripTest {

  private final ObjectMapper mapper = JsonCodec.newMapper();

  private JsonNode tree(String json) throws Exception {
    return mapper.readTree(json);
  }

  private JsonNode roundTrip(Class<?> type, String json) throws Exception {
    return mapper.readTree(mapper.writeValueAsString(mapper.readValue(json, type)));
  }

  @Test
  void unknownFieldsAreKeptAndWrittenBack() throws Exception {
    String json = "{\"name\":\"Rex\",\"added_later\":{\"a\":[1,2.50,null]},\"flag\":null}";
    NewPet pet = mapper.readValue(json, NewPet.class);
    assertEquals("Rex", pet.getName());
    assertEquals(tree("{\"a\":[1,2.50,null]}"), pet.getAdditionalProperties().get("added_later"));
    assertEquals(tree(json), tree(mapper.writeValueAsString(pet)));
  }

  @Test
  void unknownDecimalsComeBackDigitForDigitAfterAReadModifyWrite() throws Exception {
    String json = "{\"name\":\"Rex\",\"ratio\":0.1000000000000000055511151231257827,\"price\":19.90}";
    NewPet pet = mapper.readValue(json, NewPet.class).setName("Max");
    assertEquals("{\"name\":\"Max\",\"ratio\":0.1000000000000000055511151231257827,\"price\":19.90}",
        mapper.writeValueAsString(pet));
  }

  @Test
  void readModifyWriteLosesNothing() throws Exception {
    String json = "{\"name\":\"Rex\",\"color\":\"purple\",\"kind\":7,\"future\":{\"x\":1}}";
    NewPet pet = mapper.readValue(json, NewPet.class);
    pet.setName("Max");
    assertEquals(tree("{\"name\":\"Max\",\"color\":\"purple\",\"kind\":7,\"future\":{\"x\":1}}"),
        tree(mapper.writeValueAsString(pet)));
  }

  @Test
  void unknownEnumValueRoundTrips() throws Exception {
    NewPet pet = mapper.readValue("{\"color\":\"ultraviolet\"}", NewPet.class);
    assertFalse(pet.getColor().isKnown());
    assertNull(pet.getColor().known());
    assertEquals("ultraviolet", pet.getColor().value());
    assertEquals(tree("{\"color\":\"ultraviolet\"}"), tree(mapper.writeValueAsString(pet)));
  }

  @Test
  void knownEnumValuesAreConstantsToSwitchOn() throws Exception {
    NewPet pet = mapper.readValue("{\"color\":\"blue-ish\"}", NewPet.class);
    assertSame(Color.BLUE_ISH, pet.getColor());
    assertEquals(Color.Known.BLUE_ISH, pet.getColor().known());
    assertEquals(List.of(Color.RED, Color.GREEN, Color.BLUE_ISH), Color.values());
    assertEquals("blue-ish", Color.BLUE_ISH.toString());
  }

  @Test
  void integerEnumsKeepUnknownValuesToo() throws Exception {
    assertSame(Kind.VALUE_2, mapper.readValue("{\"kind\":2}", NewPet.class).getKind());
    NewPet odd = mapper.readValue("{\"kind\":42}", NewPet.class);
    assertEquals(42, odd.getKind().value());
    assertFalse(odd.getKind().isKnown());
    assertEquals("{\"kind\":42}", mapper.writeValueAsString(odd));
  }

  @Test
  void nullablePropertyCanBeAbsentNullOrSet() throws Exception {
    NewPet pet = new NewPet().setName("a");
    assertEquals("{\"name\":\"a\"}", mapper.writeValueAsString(pet));
    pet.setNickname(null);
    assertEquals("{\"name\":\"a\",\"nickname\":null}", mapper.writeValueAsString(pet));
    pet.setNickname("Bo");
    assertEquals("{\"name\":\"a\",\"nickname\":\"Bo\"}", mapper.writeValueAsString(pet));
    pet.clearNickname();
    assertEquals("{\"name\":\"a\"}", mapper.writeValueAsString(pet));

    NewPet explicitNull = mapper.readValue("{\"nickname\":null}", NewPet.class);
    assertTrue(explicitNull.hasNickname());
    assertNull(explicitNull.getNickname());
    assertEquals("{\"nickname\":null}", mapper.writeValueAsString(explicitNull));
    assertFalse(mapper.readValue("{}", NewPet.class).hasNickname());
  }

  @Test
  void nonNullablePropertyLeftNullIsOmitted() throws Exception {
    assertEquals("{}", mapper.writeValueAsString(new NewPet().setName(null)));
  }

  @Test
  void sensitivePropertyIsRedactedInToString() {
    Owner owner = new Owner().setName("ann").setApiToken("dapi-secret-123");
    assertFalse(owner.toString().contains("dapi-secret-123"), owner.toString());
    assertTrue(owner.toString().contains("api_token=***"), owner.toString());
    assertTrue(owner.toString().contains("name=ann"));
  }

  @Test
  void formatsMapToJavaTypes() throws Exception {
    String json = "{\"born\":\"2024-02-29T10:15:30+01:00\",\"photo\":\"AQID\",\"labels\":{\"a\":\"b\"},"
        + "\"attributes\":{\"deep\":{\"n\":12345678901234567890}}}";
    NewPet pet = mapper.readValue(json, NewPet.class);
    assertEquals(OffsetDateTime.parse("2024-02-29T10:15:30+01:00"), pet.getBorn());
    assertEquals(3, pet.getPhoto().length);
    assertEquals(Map.of("a", "b"), pet.getLabels());
    assertEquals("12345678901234567890", pet.getAttributes().get("deep").get("n").asText());
    assertEquals(tree(json), roundTrip(NewPet.class, json));
  }

  @Test
  void dateTimeIsWrittenWithSecondsAsRfc3339Requires() throws Exception {
    NewPet pet = new NewPet().setBorn(OffsetDateTime.parse("2024-01-15T10:00Z"));
    assertEquals("{\"born\":\"2024-01-15T10:00:00Z\"}", mapper.writeValueAsString(pet));
  }

  @Test
  void int64IsLong() throws Exception {
    Pet pet = mapper.readValue("{\"pet_id\":9007199254740993}", Pet.class);
    assertEquals(9007199254740993L, pet.getPetId());
  }

  @Test
  void allOfFlattensParts() throws Exception {
    Pet pet = mapper.readValue("{\"name\":\"Rex\",\"pet_id\":5,\"status\":{\"state\":\"AVAILABLE\"}}", Pet.class);
    assertEquals("Rex", pet.getName());
    assertEquals(5L, pet.getPetId());
    assertSame(PetState.AVAILABLE, pet.getStatus().getState());
  }

  @Test
  void readOnlyIsReadButNeverSent() throws Exception {
    Pet pet = mapper.readValue("{\"pet_id\":5,\"name\":\"Rex\"}", Pet.class);
    assertEquals(5L, pet.getPetId());
    assertEquals("{\"name\":\"Rex\"}", mapper.writeValueAsString(pet));
  }

  @Test
  void writeOnlyIsSentButNotRead() throws Exception {
    Pet pet = new Pet().setSecret("s3");
    assertEquals("{\"secret\":\"s3\"}", mapper.writeValueAsString(pet));
    assertNull(mapper.readValue("{\"secret\":\"x\"}", Pet.class).getSecret());
  }

  @Test
  void defaultValueIsDocumentedNotSent() throws Exception {
    NewPet pet = new NewPet();
    assertNull(pet.getWeightKg());
    assertEquals(1.5, pet.getWeightKgOrDefault());
    assertEquals("{}", mapper.writeValueAsString(pet));
    assertEquals(3.0, pet.setWeightKg(3.0).getWeightKgOrDefault());
  }

  @Test
  void reservedWordPropertyGetsSafeJavaName() throws Exception {
    NewPet pet = mapper.readValue("{\"class\":\"mammal\"}", NewPet.class);
    assertEquals("mammal", pet.getClass_());
    assertEquals("{\"class\":\"mammal\"}", mapper.writeValueAsString(pet));
  }

  @Test
  void equalsHashCodeAndCopy() throws Exception {
    NewPet a = mapper.readValue("{\"name\":\"Rex\",\"photo\":\"AQID\",\"nickname\":null,\"x\":1}", NewPet.class);
    NewPet b = mapper.readValue("{\"name\":\"Rex\",\"photo\":\"AQID\",\"nickname\":null,\"x\":1}", NewPet.class);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    NewPet c = a.copy();
    assertEquals(a, c);
    c.setName("Max");
    assertNotEquals(a, c);
    assertEquals("Rex", a.getName());
    assertNotEquals(a, mapper.readValue("{\"name\":\"Rex\",\"photo\":\"AQID\",\"x\":1}", NewPet.class));
  }

  @Test
  void oneOfWithoutDiscriminatorPicksTheFittingVariant() throws Exception {
    Pet square = mapper.readValue("{\"shape\":{\"side\":2,\"unit\":\"cm\"}}", Pet.class);
    assertTrue(square.getShape().isSquare());
    assertEquals(2.0, square.getShape().getSquare().getSide());
    Pet circle = mapper.readValue("{\"shape\":{\"radius\":1.5}}", Pet.class);
    assertEquals(1.5, circle.getShape().getCircle().getRadius());
    Pet text = mapper.readValue("{\"shape\":\"blob\"}", Pet.class);
    assertEquals("blob", text.getShape().getString());
    assertThrows(IllegalStateException.class, () -> text.getShape().getCircle());
  }

  @Test
  void oneOfValueNoVariantFitsIsKeptRaw() throws Exception {
    String json = "{\"shape\":{\"corners\":[1,2,3]}}";
    Pet pet = mapper.readValue(json, Pet.class);
    assertEquals(tree("{\"corners\":[1,2,3]}"), pet.getShape().getRaw());
    assertEquals(tree(json), tree(mapper.writeValueAsString(pet)));
  }

  @Test
  void oneOfWrapperWritesTheHeldVariant() throws Exception {
    Pet pet = new Pet().setShape(Shape.ofCircle(new Circle().setRadius(2.0)));
    assertEquals("{\"shape\":{\"radius\":2.0}}", mapper.writeValueAsString(pet));
  }

  @Test
  void anyOfWithArrayVariant() throws Exception {
    Bag bag = mapper.readValue("[1,2,3]", Bag.class);
    assertEquals(List.of(1L, 2L, 3L), bag.getList());
    assertTrue(mapper.readValue("{\"toy_type\":\"ball\",\"diameter\":3}", Bag.class).isBall());
  }

  @Test
  void discriminatedUnionReadsTheNamedVariant() throws Exception {
    Pet pet = mapper.readValue("{\"toy\":{\"toy_type\":\"rope\",\"length\":40}}", Pet.class);
    Rope rope = assertInstanceOf(Rope.class, pet.getToy());
    assertEquals(40, rope.getLength());
    assertEquals("{\"toy\":{\"toy_type\":\"rope\",\"length\":40}}", mapper.writeValueAsString(pet));
  }

  @Test
  void discriminatedVariantSetsItsOwnTag() throws Exception {
    assertEquals("{\"toy\":{\"toy_type\":\"ball\",\"diameter\":3}}",
        mapper.writeValueAsString(new Pet().setToy(new Ball().setDiameter(3))));
  }

  @Test
  void unknownDiscriminatorValueKeepsEveryField() throws Exception {
    String json = "{\"toy\":{\"toy_type\":\"frisbee\",\"size\":9}}";
    Pet pet = mapper.readValue(json, Pet.class);
    Toy.Unknown unknown = assertInstanceOf(Toy.Unknown.class, pet.getToy());
    assertEquals(9, unknown.getFields().get("size").asInt());
    assertEquals(tree(json), tree(mapper.writeValueAsString(pet)));
  }

  @Test
  void squareNeedsBothRequiredProperties() throws Exception {
    Pet pet = mapper.readValue("{\"shape\":{\"side\":2}}", Pet.class);
    assertFalse(pet.getShape().isSquare(), "a square without its unit does not fit Square");
    assertTrue(pet.getShape().getRaw() != null || pet.getShape().isCircle() || pet.getShape().isString());
    assertInstanceOf(Square.class, mapper.readValue("{\"side\":1,\"unit\":\"m\"}", Square.class));
  }

  @Test
  void absentListReadsEmptyAndIsNotWrittenBack() throws Exception {
    FileList list = mapper.readValue("{\"total\":0}", FileList.class);
    assertTrue(list.getFiles().isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> list.getFiles().add("x"), "the empty list is not a live field");
    assertEquals(tree("{\"total\":0}"), tree(mapper.writeValueAsString(list)));
    assertEquals(tree("{\"files\":[]}"), tree(mapper.writeValueAsString(new FileList().setFiles(List.of()))),
        "an empty list that was set is sent");
  }

  @Test
  void answerOfAListOperationThatDoesNotPageIsIterableAndStaysAJsonObject() throws Exception {
    FileList list = mapper.readValue("{\"files\":[\"a\",\"b\"],\"total\":2}", FileList.class);
    List<String> seen = new ArrayList<>();
    for (String f : list) {
      seen.add(f);
    }
    assertEquals(List.of("a", "b"), seen);
    assertEquals(tree("{\"files\":[\"a\",\"b\"],\"total\":2}"), tree(mapper.writeValueAsString(list)));
    assertFalse(new FileList().iterator().hasNext());
  }
}
