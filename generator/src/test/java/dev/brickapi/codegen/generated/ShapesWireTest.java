package dev.brickapi.codegen.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.store.shapes.v1.CheckDrawingResponse;
import com.example.store.shapes.v1.Color;
import com.example.store.shapes.v1.Event;
import com.example.store.shapes.v1.EventCreated;
import com.example.store.shapes.v1.EventDeleted;
import com.example.store.shapes.v1.GetDrawingResponse;
import com.example.store.shapes.v1.GetDrawingResponseLayersItem;
import com.example.store.shapes.v1.Palette;
import com.example.store.shapes.v1.PaletteOwner;
import com.example.store.shapes.v1.PatchNoteRequest;
import com.example.store.shapes.v1.ReplaceLayerRequest;
import com.example.store.shapes.v1.Shape;
import com.example.store.shapes.v1.ShapeCircle;
import com.example.store.shapes.v1.ShapeSquare;
import com.example.store.shapes.v1.ShapesApi;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The schema constructs of {@code v1/shapes.yaml} through the generated service: references to any pointer (one class
 * however reached), shared properties on every variant, inline discriminated variants, typed extra fields next to
 * declared ones, boolean enums and enums documented by an allOf.
 */
class ShapesWireTest {

  private final LoopbackServer server = new LoopbackServer();
  private final ShapesApi shapes = new ShapesApi(GeneratedClients.workspace(server.url()));

  @AfterEach
  void stop() {
    server.close();
  }

  private String sentBody(int i) {
    return new String(server.requests().get(i).body(), StandardCharsets.UTF_8);
  }

  @Test
  void aSchemaReachedInlineAndByPointerIsOneClass() {
    server.json("{\"title\":\"t\",\"layers\":[{\"name\":\"top\",\"hidden\":true}]}");
    GetDrawingResponse drawing = shapes.replaceLayer(new ReplaceLayerRequest().setDrawingId("d1").setName("top"));
    GetDrawingResponseLayersItem layer = drawing.getLayers().get(0); // the answer's items: the body's class too
    assertEquals("top", layer.getName());
    assertEquals(Boolean.TRUE, layer.getHidden());
    assertEquals("PUT", server.requests().get(0).method());
    assertEquals("/api/1/drawings/d1/layers", server.requests().get(0).pathAndQuery());
    assertEquals("{\"name\":\"top\"}", sentBody(0));
  }

  @Test
  void aPropertySchemaOfAComponentIsTheAnswerByPointer() {
    server.json("{\"login\":\"ann\",\"admin\":false}");
    PaletteOwner owner = shapes.getPaletteOwner("warm");
    assertEquals("ann", owner.getLogin());
    assertEquals("/api/1/palettes/warm/owner", server.requests().get(0).pathAndQuery());
  }

  @Test
  void aHeaderAndAParameterByReferenceAreRead() {
    server.bytes(new byte[0], Map.of("X-Drawing-Version", "42"));
    CheckDrawingResponse answer = shapes.checkDrawing("d7");
    assertEquals(42L, answer.getXDrawingVersion());
    assertEquals("HEAD", server.requests().get(0).method());
    assertEquals("/api/1/drawings/d7", server.requests().get(0).pathAndQuery());
  }

  @Test
  void sharedPropertiesAreOnEveryVariant() {
    server.json("{\"shapes\":[{\"kind\":\"circle\",\"label\":\"c\",\"color\":\"red\",\"radius\":2.5},"
        + "{\"kind\":\"disc\",\"radius\":1},{\"kind\":\"square\",\"label\":\"s\",\"side\":3},{\"kind\":\"star\",\"points\":5}]}");
    GetDrawingResponse drawing = shapes.getDrawing("d1");
    ShapeCircle circle = assertInstanceOf(ShapeCircle.class, drawing.getShapes().get(0));
    assertEquals("c", circle.getLabel());
    assertEquals(Color.RED, circle.getColor());
    assertEquals(2.5, circle.getRadius());
    ShapeCircle disc = assertInstanceOf(ShapeCircle.class, drawing.getShapes().get(1)); // two tags, one variant
    assertEquals("disc", disc.getKind());
    ShapeSquare square = assertInstanceOf(ShapeSquare.class, drawing.getShapes().get(2));
    assertEquals("s", square.getLabel());
    assertEquals(3.0, square.getSide());
    assertInstanceOf(Shape.Unknown.class, drawing.getShapes().get(3));
  }

  @Test
  void inlineVariantsUnderADiscriminatorAreClassesOfTheirTags() {
    server.json("{\"type\":\"purged\",\"reason\":\"old\"}");
    Event sent = new EventCreated().setDrawingId("d1");
    Event back = shapes.recordEvent(sent);
    assertEquals("{\"type\":\"created\",\"drawing_id\":\"d1\"}", sentBody(0));
    EventDeleted deleted = assertInstanceOf(EventDeleted.class, back); // 'purged' selects the same variant
    assertEquals("old", deleted.getReason());
    assertEquals("purged", deleted.getType().value());
  }

  @Test
  void typedExtraFieldsSitBesideTheDeclaredOnes() {
    server.json("{\"name\":\"warm\",\"primary\":\"red\",\"deleted\":true,\"shade\":null,\"accent\":\"green\",\"other\":\"teal\"}");
    Palette palette = shapes.createPalette(new Palette().setName("warm").setPrimary(Color.BLUE)
        .setAdditionalProperty("accent", Color.GREEN));
    assertEquals("{\"name\":\"warm\",\"primary\":\"blue\",\"accent\":\"green\"}", sentBody(0));
    assertEquals(Color.RED, palette.getPrimary());
    assertEquals(Boolean.TRUE, palette.getDeleted()); // enum [true]: a Boolean
    assertTrue(palette.hasShade()); // allOf [$ref, {nullable}]: nullable, and sent back as null
    assertNull(palette.getShade());
    assertEquals(Color.GREEN, palette.getAdditionalProperties().get("accent"));
    assertEquals("teal", palette.getAdditionalProperties().get("other").value()); // unknown values are kept
  }

  @Test
  void alternativesThatOnlyListRequiredFieldsAreOneRecord() {
    server.json(204, "");
    shapes.patchNote(new PatchNoteRequest().setNoteId("n1").setPinned(true));
    assertEquals("PATCH", server.requests().get(0).method());
    assertEquals("{\"pinned\":true}", sentBody(0));
  }
}
