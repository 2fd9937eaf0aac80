package ru.perechen.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "client_need")
public class ClientNeedEntity extends OrderedEntity {

    public static final int NAME_MAX = 300;
}
