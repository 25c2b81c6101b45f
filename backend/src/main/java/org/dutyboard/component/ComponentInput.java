package org.dutyboard.component;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ComponentInput")
@Description("A status-page component's settings.")
public record ComponentInput(
    @Description("Unique name, 1-120 characters.") String name,
    @Description("What it is, at most 2000 characters.") String description,
    @Description("Group heading, at most 120 characters; omit for ungrouped.") String group,
    @Description("Position on the status page; lower first. Default 0.") Integer displayOrder,
    @Description("Hide while operational. Default false.") Boolean showOnlyWhenDegraded) {}
