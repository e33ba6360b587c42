/**
 * Traffic Light Protocol markings on documents and the clearance of whoever is looking. Every feature that shows
 * material asks {@link org.lessons.marking.Viewers} who is looking, so that the decision is made in one place
 * and fails closed: whoever cannot be identified, or whose account is disabled, sees only TLP:CLEAR material.
 */
package org.lessons.marking;
