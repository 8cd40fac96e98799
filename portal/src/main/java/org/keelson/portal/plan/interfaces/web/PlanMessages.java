package org.keelson.portal.plan.interfaces.web;

import java.util.AbstractMap;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The plan pages' labels as {@code #{pm['key']}}, looked up in the view's locale each time they are read. Unlike
 * {@code f:loadBundle}, which fixes the language when the view is built, this follows a language switch in the
 * same request. A missing key shows as {@code ???key???} instead of breaking the page.
 */
@Named("pm")
@ApplicationScoped
public class PlanMessages extends AbstractMap<String, String> {

    @Override
    public String get(Object key) {
        try {
            return PageLocale.messages().getString(String.valueOf(key));
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return PageLocale.messages().containsKey(String.valueOf(key));
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        ResourceBundle bundle = PageLocale.messages();
        return bundle.keySet().stream()
                .map(k -> (Entry<String, String>) new SimpleImmutableEntry<>(k, bundle.getString(k)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
