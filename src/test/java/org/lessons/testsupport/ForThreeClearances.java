package org.lessons.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lessons.marking.Marking;

/** Runs a screen test as users of a low, a middle and the highest clearance, which between them see every case. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest
@EnumSource(
        value = Marking.class,
        names = {"GREEN", "AMBER", "RED"})
public @interface ForThreeClearances {}
