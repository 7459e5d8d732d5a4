package io.flgen.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VmSizesTest {

  @Test
  void retiredIn2023() {
    for (String size :
        new String[] {
          "Standard_NC6",
          "Standard_NC12",
          "Standard_NC24",
          "Standard_NC24r",
          "Standard_NC6s_v2",
          "Standard_NC24rs_v2",
          "Standard_ND6s",
          "Standard_ND24rs",
          "Standard_NV6",
          "Standard_NV24_Promo"
        }) {
      VmSizes.Retirement r = VmSizes.retirement(size).orElseThrow();
      assertEquals(LocalDate.of(2023, 9, 6), r.date(), size);
    }
    assertEquals("NCv2", VmSizes.retirement("Standard_NC12s_v2").orElseThrow().family());
    assertEquals("ND", VmSizes.retirement("Standard_ND12s").orElseThrow().family());
  }

  @Test
  void ncv3RetiresSeptember2025() {
    VmSizes.Retirement r = VmSizes.retirement("Standard_NC6s_v3").orElseThrow();
    assertEquals("NCv3", r.family());
    assertEquals(LocalDate.of(2025, 9, 30), r.date());
    assertTrue(r.replacement().contains("NC A100 v4"));
    assertTrue(r.isRetiredOn(LocalDate.of(2025, 9, 30)));
    assertFalse(r.isRetiredOn(LocalDate.of(2025, 9, 29)));
    assertEquals(r, VmSizes.retirement("Standard_NC24rs_v3").orElseThrow());
  }

  @Test
  void caseAndPrefixInsensitive() {
    assertEquals(VmSizes.retirement("Standard_NC6"), VmSizes.retirement("standard_nc6"));
    assertEquals(VmSizes.retirement("Standard_NC6"), VmSizes.retirement("NC6"));
    assertEquals(VmSizes.retirement("Standard_NC6s_v3"), VmSizes.retirement(" STANDARD_NC6S_V3 "));
  }

  @Test
  void currentSizesAreNotListed() {
    assertEquals(Optional.empty(), VmSizes.retirement("Standard_NC24ads_A100_v4"));
    assertEquals(Optional.empty(), VmSizes.retirement("Standard_NC4as_T4_v3"));
    assertEquals(Optional.empty(), VmSizes.retirement("Standard_NV12s_v3"));
    assertEquals(Optional.empty(), VmSizes.retirement("Standard_D4s_v5"));
    assertEquals(Optional.empty(), VmSizes.retirement(null));
    assertEquals(26, VmSizes.all().size());
  }
}
