package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lessons.enrich.Tag;

/** Groupings of countries that practitioners filter by, derived from the countries of a passage. */
public final class Regions {

    private record Region(String id, String label, Set<String> countries) {}

    private static final List<Region> ALL = List.of(
            new Region(
                    "eu",
                    "EU member states",
                    Set.of(
                            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
                            "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE")),
            new Region("nordic", "Nordic countries", Set.of("DK", "FI", "IS", "NO", "SE")),
            new Region("baltic", "Baltic states", Set.of("EE", "LV", "LT")),
            new Region("western-balkans", "Western Balkans", Set.of("AL", "BA", "XK", "ME", "MK", "RS")),
            new Region("five-eyes", "Five Eyes", Set.of("AU", "CA", "NZ", "GB", "US")));

    private Regions() {}

    public static String label(String id) {
        return ALL.stream()
                .filter(r -> r.id().equals(id))
                .map(Region::label)
                .findFirst()
                .orElse(id);
    }

    /** The regions of the given countries, each with the country that put it there as evidence. */
    public static List<Tag> of(List<Tag> countries) {
        List<Tag> regions = new ArrayList<>();
        for (Region region : ALL) {
            countries.stream()
                    .filter(country -> region.countries().contains(country.value()))
                    .findFirst()
                    .ifPresent(country -> regions.add(
                            new Tag(region.id(), region.label(), country.matched(), "region of " + country.label())));
        }
        return regions;
    }
}
