package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.petstore.pets.v1.Pet;
import com.example.petstore.pets.v1.PetStatus;
import com.example.petstore.pets.v1.PetsApi;
import dev.brickapi.runtime.json.JsonCodec;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PetClientTest {

  @Test
  void generatedModelRoundTripsThroughJackson() throws Exception {
    ObjectMapper mapper = JsonCodec.newMapper();
    Pet pet = new Pet().setId(7L).setName("Rex").setStatus(PetStatus.AVAILABLE);
    String json = mapper.writeValueAsString(pet);
    assertEquals("{\"id\":7,\"name\":\"Rex\",\"status\":\"available\"}", json);
    Pet back = mapper.readValue(json, Pet.class);
    assertEquals("Rex", back.getName());
    assertEquals(PetStatus.AVAILABLE, back.getStatus());
  }

  @Test
  void generatedInterfaceCallsThroughFeign() {
    AtomicReference<String> url = new AtomicReference<>();
    JsonCodec codec = new JsonCodec();
    PetsApi pets = Feign.builder()
        .encoder(codec)
        .decoder(codec)
        .client((request, options) -> {
          url.set(request.httpMethod() + " " + request.url());
          return Response.builder().request(request).status(200)
              .body("{\"id\":7,\"name\":\"Rex\",\"status\":\"sold\"}", StandardCharsets.UTF_8).build();
        })
        .target(PetsApi.class, "http://localhost:1");
    Pet pet = pets.getPet(7L);
    assertEquals("GET http://localhost:1/pets/7", url.get());
    assertEquals(PetStatus.SOLD, pet.getStatus());
  }
}
