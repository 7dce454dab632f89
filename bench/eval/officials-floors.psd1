# Quality floors of the officials gate (tests/NewsArchive.Tests/OfficialsQuality.Tests.ps1, run by build.ps1 -Task Test):
# per labelled set, precision and recall a little under the figures measured with the extractor version named here,
# so that a regression fails CI while the load-independent ±1 error of a small set does not. Raise a floor when a set's
# measured figure rises; never lower one to let a change through without saying why in the commit.
# Real = $true: the set is rebuilt from public corpus files (bench/eval/Build-RealSets.ps1); when they are not on the
# machine the gate reports it skipped with the reason.
@{
    MeasuredWith = 'OfficialExtractor version 10'
    Sets         = @(
        @{ Name = 'officials';              Precision = 0.99; Recall = 0.98 }
        @{ Name = 'officials-blind';        Precision = 0.99; Recall = 0.99 }
        @{ Name = 'officials-blind3';       Precision = 0.99; Recall = 0.98 }
        @{ Name = 'officials-blind4';       Precision = 0.99; Recall = 0.99 }
        @{ Name = 'officials-blind5';       Precision = 0.99; Recall = 0.99 }
        @{ Name = 'officials-blind6';       Precision = 0.99; Recall = 0.95 }
        @{ Name = 'officials-fresh';        Precision = 0.98; Recall = 0.98 }
        @{ Name = 'seed page';              Precision = 1.00; Recall = 1.00 }
        @{ Name = 'real-officials-dev';     Precision = 0.98; Recall = 0.97; Real = $true }
        @{ Name = 'real-officials-test';    Precision = 0.95; Recall = 0.93; Real = $true }
        @{ Name = 'real-officials-2002';    Precision = 0.97; Recall = 0.93; Real = $true }
        @{ Name = 'real-officials-2006-07'; Precision = 0.97; Recall = 0.95; Real = $true }
        @{ Name = 'real-officials-regional'; Precision = 0.97; Recall = 0.97; Real = $true }
        # Held out until version 7 was merged (measured then, never tuned on): final 0.873 / 0.837,
        # national 0.901 / 0.878, local 0.964 / 0.947. Gated from here on, so no longer held out: the next honest
        # figure needs a new blind set.
        @{ Name = 'real-officials-final';    Precision = 0.98; Recall = 0.93; Real = $true }
        @{ Name = 'real-officials-national'; Precision = 0.96; Recall = 0.96; Real = $true }
        @{ Name = 'real-officials-local';    Precision = 0.97; Recall = 0.96; Real = $true }
        # Held out until version 8's one measurement at b387866 (s17 0.839 / 0.809, s17b 0.933 / 0.696; version 7
        # 0.804 / 0.787 and 0.933 / 0.696), then development sets; floors just under what version 8 measures now.
        @{ Name = 'real-officials-s17';      Precision = 0.94; Recall = 0.91; Real = $true }
        # officials4 (same version 8, not shipped): 2002 and 2006-07 precision 1.000, final 0.982, regional 0.971 / 0.958;
        # floors one error under those.
        @{ Name = 'real-officials-s17b';     Precision = 0.95; Recall = 0.94; Real = $true }
        # Held out until version 8's two measurements (0.733 / 0.776 before and after officials4; version 7 0.711 / 0.454),
        # then the development set of version 9 (officials5): 0.879 / 0.908 as merged; floors one or two errors under.
        @{ Name = 'real-officials-s18';      Precision = 0.87; Recall = 0.89; Real = $true }
        # Held out until version 9's one measurement (0.806 / 0.822; version 8 0.791 / 0.796), then studied: version 9 as
        # merged measures 0.904 / 0.898.
        @{ Name = 'real-officials-s19';      Precision = 0.91; Recall = 0.90; Real = $true }
        # Held out until version 9's one measurement (0.849 / 0.841 at 8fcc5a1; version 8 0.833 / 0.833), then studied:
        # 0.878 / 0.853 as merged.
        @{ Name = 'real-officials-s20';      Precision = 0.90; Recall = 0.89; Real = $true }
        # Held out until version 9's one measurement (0.939 / 0.850 at 8d77075; version 8 0.927 / 0.830), then studied
        # for version 10 (officials6): 0.958 / 0.905 as merged.
        @{ Name = 'real-officials-s21';      Precision = 0.94; Recall = 0.89; Real = $true }
        # Held out until version 10's fourth measurement (s22 0.807 / 0.821, s23 0.906 / 0.877 at 3105d97), then studied
        # for version 11 (officials7): s22 0.867 / 0.875, s23 0.957 / 0.941; floors one or two errors under.
        @{ Name = 'real-officials-s22';      Precision = 0.85; Recall = 0.86; Real = $true }
        @{ Name = 'real-officials-s23';      Precision = 0.94; Recall = 0.93; Real = $true }
        # Held out until its one measurement (0.833 / 0.825 on versions 10, 11 and 12 alike), then studied for version 13:
        # 0.867 / 0.854; floors two errors under.
        @{ Name = 'real-officials-s26';      Precision = 0.85; Recall = 0.84; Real = $true }
        # Held out until version 13's one and version 14's second measurement (s27 0.718 / 0.850 and 0.735 / 0.850, s28
        # 0.850 / 0.819 both times), then studied for version 15: s27 0.857 / 0.857, s28 0.883 / 0.819; floors two errors under.
        @{ Name = 'real-officials-s27';      Precision = 0.84; Recall = 0.84; Real = $true }
        # s28 raised for version 18 (0.915 / 0.855: 任 ends a name before a post, 川普上星期).
        @{ Name = 'real-officials-s28';      Precision = 0.90; Recall = 0.84; Real = $true }
        # Held out until version 15's measurements (s29 0.938 / 0.938, s30 0.864 / 0.818, both also version 14's), then
        # studied for version 16: s29 0.949 / 0.949, s30 0.912 / 0.947; floors two errors under.
        @{ Name = 'real-officials-s29';      Precision = 0.93; Recall = 0.93; Real = $true }
        @{ Name = 'real-officials-s30';      Precision = 0.89; Recall = 0.93; Real = $true }
        # Held out for its first (version 15, 0.902 / 0.862) and second measurement (version 16 before s32 was studied:
        # 0.902 / 0.862), then its errors were read: version 16 as committed 0.924 / 0.884; floors two errors under.
        @{ Name = 'real-officials-s32';      Precision = 0.90; Recall = 0.86; Real = $true }
        # Held out for its first (version 15) and second measurement (version 16 at 42f00ff): 0.931 / 0.920 both times;
        # then its errors were read: version 16 as committed 0.954 / 0.924; floors two errors under.
        @{ Name = 'real-officials-s31';      Precision = 0.94; Recall = 0.91; Real = $true }
        # Held out for its first (version 16 at 7e5b985) and second measurement (version 16 at bbafe3a): 0.884 / 0.837 both
        # times; then its errors were read (Taiwan's caucus posts, 總召 and 書記長, campaign offices, 蔡總統-style short
        # forms) and nothing was changed for them; floors two errors under. Raised for version 18, which reads the caucus
        # posts (0.902 / 0.943).
        @{ Name = 'real-officials-s33';      Precision = 0.89; Recall = 0.93; Real = $true }
        # Held out for its first (version 16 at 7e5b985) and second measurement (version 16 at bbafe3a): 0.817 / 0.892 both
        # times; then studied for version 17: 0.879 / 0.892; floors two errors under. s35 stays held out (not gated).
        @{ Name = 'real-officials-s34';      Precision = 0.84; Recall = 0.86; Real = $true }
        # Held out for its first measurement (version 17 at a8be543, by the helper who labelled it) and a second on version
        # 18 before its errors were read (0.892 / 0.943 both times); then studied for version 18 (reduplicated words after
        # a post, village names that open with a stop word, 总河长, a firm's departments): 0.917 / 0.952; floors two errors
        # under.
        @{ Name = 'real-officials-s36';      Precision = 0.90; Recall = 0.93; Real = $true }
        # Held out for its first measurement (version 18 at 4b418f1, by the helper who labelled it) and a second on version
        # 18 at 65713c0 before its errors were read (0.853 / 0.829 both times); then studied for version 18 (1990s press: a
        # political commissar alone, government heads after a name, dotted names before a post, 当, counted holders):
        # 0.898 / 0.924; floors two errors under.
        @{ Name = 'real-officials-s38';      Precision = 0.88; Recall = 0.90; Real = $true }
        # Measured once blind by the helpers who labelled them (s42 0.771 / 0.818 on 7ec35d0's code, s44 0.862 / 0.800 on
        # bd3aacb's), then studied for version 18 (a Korean name's 在 before 回答, honorifics, 长安镇人; an official's trade
        # or learning is no title, 候任 and a state before 现任, 州务卿, 幕僚长, a name's spokesman, movements' leaders):
        # s42 0.875 / 0.848, s44 0.937 / 0.843; floors two errors under.
        @{ Name = 'real-officials-s42';      Precision = 0.81; Recall = 0.78; Real = $true }
        @{ Name = 'real-officials-s44';      Precision = 0.90; Recall = 0.81; Real = $true }
    )
}
