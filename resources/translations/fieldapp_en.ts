<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>Dashboard</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="188" />
      <source>%Ln planned event(s) not counted yet: figures count held events only (mark each held once it has taken place).</source>
      <translation>
        <numerusform>%Ln planned event not counted yet: figures count held events only (mark it held once it has taken place).</numerusform>
        <numerusform>%Ln planned events not counted yet: figures count held events only (mark each held once it has taken place).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="202" />
      <source>individual(s) trained</source>
      <translation>
        <numerusform>individual trained</numerusform>
        <numerusform>individuals trained</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="206" />
      <source>%Ln event(s) held</source>
      <translation>
        <numerusform>%Ln event held</numerusform>
        <numerusform>%Ln events held</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="207" />
      <source>workshop(s) organized</source>
      <translation>
        <numerusform>workshop organized</numerusform>
        <numerusform>workshops organized</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="222" />
      <source>country(ies) reached</source>
      <translation>
        <numerusform>country reached</numerusform>
        <numerusform>countries reached</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="227" />
      <source>person-day(s) of training</source>
      <translation>
        <numerusform>person-day of training</numerusform>
        <numerusform>person-days of training</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="291" />
      <source>%Ln other country(ies)</source>
      <translation>
        <numerusform>%Ln other country</numerusform>
        <numerusform>%Ln other countries</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/people_page.py" line="79" />
      <source>%Ln possible duplicate(s).</source>
      <translation>
        <numerusform>%Ln possible duplicate.</numerusform>
        <numerusform>%Ln possible duplicates.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/events_page.py" line="241" />
      <source>%Ln event(s)</source>
      <translation>
        <numerusform>%Ln event</numerusform>
        <numerusform>%Ln events</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="66" />
      <source>… and %Ln more problem(s)</source>
      <translation>
        <numerusform>… and %Ln more problem</numerusform>
        <numerusform>… and %Ln more problems</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="72" />
      <source>… and %Ln more row(s)</source>
      <translation>
        <numerusform>… and %Ln more row</numerusform>
        <numerusform>… and %Ln more rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="114" />
      <source>%Ln row(s) read (%1).</source>
      <translation>
        <numerusform>%Ln row read (%1).</numerusform>
        <numerusform>%Ln rows read (%1).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="138" />
      <source>Import %Ln person(s)</source>
      <translation>
        <numerusform>Import %Ln person</numerusform>
        <numerusform>Import %Ln people</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/main_window.py" line="100" />
      <source>%Ln unsynced</source>
      <translation>
        <numerusform>%Ln unsynced</numerusform>
        <numerusform>%Ln unsynced</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/people_page.py" line="202" />
      <source>%Ln person(s)</source>
      <translation>
        <numerusform>%Ln person</numerusform>
        <numerusform>%Ln people</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="299" />
      <source>%Ln individual(s) trained</source>
      <translation>
        <numerusform>%Ln individual trained</numerusform>
        <numerusform>%Ln individuals trained</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="300" />
      <source>%Ln workshop(s) organized</source>
      <translation>
        <numerusform>%Ln workshop organized</numerusform>
        <numerusform>%Ln workshops organized</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="330" />
      <source>%Ln name(s) filled in</source>
      <translation>
        <numerusform>%Ln name filled in</numerusform>
        <numerusform>%Ln names filled in</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="345" />
      <source>Saved %Ln certificate(s) to %1.</source>
      <translation>
        <numerusform>Saved %Ln certificate to %1.</numerusform>
        <numerusform>Saved %Ln certificates to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="365" />
      <source>Saved %Ln row(s) to %1.</source>
      <translation>
        <numerusform>Saved %Ln row to %1.</numerusform>
        <numerusform>Saved %Ln rows to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="398" />
      <source>Added %Ln person(s)</source>
      <translation>
        <numerusform>Added %Ln person</numerusform>
        <numerusform>Added %Ln people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="399" />
      <source>%Ln already in the registry</source>
      <translation>
        <numerusform>%Ln was already in the registry</numerusform>
        <numerusform>%Ln were already in the registry</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="400" />
      <source>%Ln row(s) left out</source>
      <translation>
        <numerusform>%Ln row left out</numerusform>
        <numerusform>%Ln rows left out</numerusform>
      </translation>
    </message>
  </context>
</TS>