package org.passerelle.interop;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The illustrative one-stop-shop desk and the permanences held there (demo-catalogue/one-stop-shop.json). */
record OneStopShopRecord(
        boolean illustrative,
        @NotBlank String source,
        String note,
        @NotNull @Valid LocationRecord location,
        List<@Valid ClosureRecord> closures,
        @NotEmpty List<@Valid PermanenceRecord> permanences) {

    /** {@code hours}: the desk's own reception hours, apart from the permanences held there. */
    record LocationRecord(@NotBlank @Pattern(regexp = DemoRecords.SLUG) String id, @NotBlank String name,
            String address1, String postalCode, String city, String region, String country, Double latitude,
            Double longitude, @NotBlank String timezone, String accessibilityNote, List<@Valid SlotRecord> hours) {
    }

    record ClosureRecord(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, String reason) {
    }

    record PermanenceRecord(@NotBlank String service, @NotEmpty List<@Valid SlotRecord> slots) {
    }

    record SlotRecord(@NotNull @Pattern(regexp = "MO|TU|WE|TH|FR|SA|SU") String weekday, @NotNull LocalTime opensAt,
            @NotNull LocalTime closesAt, LocalDate validFrom, LocalDate validTo, boolean walkIn, boolean appointment,
            boolean interpreting) {
    }
}
