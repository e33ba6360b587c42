/**
 * How a marking looks on screen, shared by every screen that shows material: the same badge in the colours the
 * Traffic Light Protocol prescribes, wherever a passage or document appears.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.lessons.marking.ui;
