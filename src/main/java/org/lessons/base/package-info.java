/**
 * Settings and shared pieces every feature may use; it depends on no other feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.lessons.base;
