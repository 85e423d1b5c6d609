package dev.brickapi.codegen.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.store.store.v1.FilesApi;
import com.example.store.store.v1.NewPet;
import com.example.store.store.v1.Pet;
import com.example.store.store.v1.PetsApi;
import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.RequestLine;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What the generated declarations say: required fields, deprecation, request lines, headers. */
class AnnotationsTest {

  @Test
  void requiredPropertiesAreMarked() throws Exception {
    assertTrue(NewPet.class.getDeclaredField("name").getAnnotation(JsonProperty.class).required());
    assertFalse(NewPet.class.getDeclaredField("color").getAnnotation(JsonProperty.class).required());
  }

  @Test
  void deprecatedOperationsAndPropertiesAreDeprecated() throws Exception {
    assertTrue(PetsApi.class.getMethod("deletePet", Long.class).isAnnotationPresent(Deprecated.class));
    assertFalse(PetsApi.class.getMethod("getPet", Long.class).isAnnotationPresent(Deprecated.class));
    assertTrue(NewPet.class.getMethod("getLegacyCode").isAnnotationPresent(Deprecated.class));
    assertTrue(NewPet.class.getMethod("setLegacyCode", String.class).isAnnotationPresent(Deprecated.class));
  }

  @Test
  void readOnlyPropertiesHaveNoSetter() {
    assertTrue(Arrays.stream(Pet.class.getMethods()).anyMatch(m -> m.getName().equals("getPetId")));
    assertFalse(Arrays.stream(Pet.class.getMethods()).anyMatch(m -> m.getName().equals("setPetId")));
  }

  /** The Feign interface nested in a generated service class. */
  private static Class<?> wire(Class<?> service) {
    return Arrays.stream(service.getDeclaredClasses()).filter(c -> c.getSimpleName().equals("Wire")).findFirst().orElseThrow();
  }

  @Test
  void requestLinesCarryMethodPathAndQueryTemplate() throws Exception {
    assertEquals("GET /api/1/pets?page_token={pageToken}&limit={limit}&tags={tags}",
        wire(PetsApi.class).getMethod("listPets", String.class, Integer.class, java.util.List.class, String.class)
            .getAnnotation(RequestLine.class).value());
    assertEquals("PUT /api/1/files/{name}", wire(FilesApi.class).getMethod("uploadFile", String.class, dev.brickapi.runtime.http.UploadBody.class)
        .getAnnotation(RequestLine.class).value());
    assertEquals(Arrays.asList("Content-Type: application/octet-stream"),
        Arrays.asList(wire(FilesApi.class).getMethod("uploadFile", String.class, dev.brickapi.runtime.http.UploadBody.class).getAnnotation(Headers.class).value()));
  }

  @Test
  void theFeignInterfaceIsHiddenAndNoPublicMethodTakesMoreThanFourValues() {
    for (Class<?> service : new Class<?>[] {PetsApi.class, FilesApi.class}) {
      assertFalse(java.lang.reflect.Modifier.isPublic(wire(service).getModifiers()), service + ".Wire");
      for (java.lang.reflect.Method m : service.getMethods()) {
        assertTrue(m.getParameterCount() <= 4, m.toString());
      }
    }
  }
}
