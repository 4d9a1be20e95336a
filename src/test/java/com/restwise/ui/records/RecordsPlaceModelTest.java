package com.restwise.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.practice.PracticeAddress;
import com.restwise.storage.RecordsPlace;
import com.restwise.storage.RecordsPlaceStore;
import com.restwise.ui.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings, "Client records", without a window: what may be saved and how it connects. */
class RecordsPlaceModelTest {

    private final I18n en = new I18n("en");

    @TempDir
    Path tmp;

    private RecordsPlaceModel practice(String host, String ca) {
        RecordsPlaceModel vm = new RecordsPlaceModel(en, RecordsPlace.THIS_COMPUTER);
        vm.practice().set(true);
        vm.host().set(host);
        vm.database().set("physio_am_park");
        vm.login().set("jana");
        vm.caFile().set(ca);
        return vm;
    }

    @Test
    void thisComputerIsTheDefaultAndNeedsNothing() {
        RecordsPlaceModel vm = new RecordsPlaceModel(en, new RecordsPlaceStore(tmp).load());
        assertFalse(vm.practice().get());
        assertEquals("", vm.problem().get());
        assertFalse(vm.place().practice());
    }

    @Test
    void aPracticeDatabaseNeedsHostPortDatabaseAndLoginEachNamed() {
        RecordsPlaceModel vm = new RecordsPlaceModel(en, RecordsPlace.THIS_COMPUTER);
        vm.practice().set(true);
        assertEquals(en.get("place.problem.host"), vm.problem().get());
        vm.host().set("localhost");
        vm.port().set("99999");
        assertEquals(en.get("place.problem.port"), vm.problem().get());
        vm.port().set("55432");
        assertEquals(en.get("place.problem.database"), vm.problem().get());
        vm.database().set("physio_am_park");
        assertEquals(en.get("place.problem.login"), vm.problem().get());
        vm.login().set("jana");
        assertEquals("", vm.problem().get(), "on this computer no CA file is needed");
        assertEquals(55432, vm.place().port());
    }

    @Test
    void withACaFileTheServerIsCheckedInFull() throws Exception {
        Path ca = Files.writeString(tmp.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        RecordsPlaceModel vm = practice("db.praxis.lan", ca.toString());
        assertEquals("", vm.problem().get());
        PracticeAddress address = RecordsPlaceModel.address(vm.place());
        assertEquals("verify-full", address.sslMode());
        assertEquals(ca, address.caFile());
        assertFalse(vm.needsCheckChoice());

        vm.caFile().set(tmp.resolve("missing.pem").toString());
        assertTrue(vm.problem().get().contains("missing.pem"), vm.problem().get());
    }

    @Test
    void withoutACaFileAnotherComputerNeedsTheExplicitChoiceAndThisOneIsUnencrypted() throws Exception {
        RecordsPlaceModel remote = practice("db.praxis.lan", "");
        assertTrue(remote.needsCheckChoice());
        assertEquals(en.get("place.problem.unchecked"), remote.problem().get());
        remote.unchecked().set(true);
        assertEquals("", remote.problem().get());
        RecordsPlace chosen = remote.place();
        assertTrue(chosen.uncheckedAccepted());
        PracticeAddress address = RecordsPlaceModel.address(chosen);
        assertEquals("require", address.sslMode(), "encrypted, though the server is not checked");
        address.checkSafe(chosen.uncheckedAccepted());

        RecordsPlaceModel local = practice("127.0.0.1", "");
        assertFalse(local.needsCheckChoice());
        assertEquals("", local.problem().get());
        assertFalse(local.place().uncheckedAccepted(), "nothing risked on this computer");
        assertEquals("disable", RecordsPlaceModel.address(local.place()).sslMode());
        assertNull(RecordsPlaceModel.address(local.place()).caFile());
    }

    @Test
    void theLockIsOneToTwoHundredFortyMinutesAndTheSettingKeepsNoPassword() throws Exception {
        RecordsPlaceModel vm = practice("localhost", "");
        vm.lockMinutes().set("0");
        assertEquals(
                en.get("place.problem.lock", RecordsPlace.MAX_LOCK_MINUTES),
                vm.problem().get());
        vm.lockMinutes().set("5");
        RecordsPlaceStore store = new RecordsPlaceStore(tmp);
        store.save(vm.place());
        assertEquals(vm.place(), store.load());
        String saved = Files.readString(tmp.resolve(RecordsPlaceStore.FILE));
        assertFalse(saved.toLowerCase().contains("password"), saved);
        assertEquals(5, store.load().lockMinutes());

        Files.writeString(tmp.resolve(RecordsPlaceStore.FILE), "{ damaged");
        assertEquals(RecordsPlace.THIS_COMPUTER, store.load(), "a damaged file means this computer");
    }
}
