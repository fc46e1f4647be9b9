<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this issue</source>
        <translation>在本期中查找</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>上一处（Shift+回车，Shift+F3）</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>下一处（回车，F3）</translation>
    </message>
    <message>
        <source>Traditional = Simplified</source>
        <translation>繁简通搜</translation>
    </message>
    <message>
        <source>Match Traditional and Simplified characters alike (繁简通搜)</source>
        <translation>繁体字与简体字一同匹配（繁简通搜）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <source>Match only where jieba's word boundaries allow (金昌 does not hit 黄金昌盛)</source>
        <translation>只在结巴分词的词边界处匹配（搜“金昌”不会命中“黄金昌盛”）</translation>
    </message>
    <message>
        <source>Whole words (loading…)</source>
        <translation>全词匹配（载入中…）</translation>
    </message>
    <message>
        <source>Loading the word dictionary; whole-word matching will be available in a moment.</source>
        <translation>正在载入分词词典，全词匹配稍后即可使用。</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>&amp;Find in Issue…</source>
        <translation>在本期中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一处(&amp;V)</translation>
    </message>
    <message>
        <source>Close Find &amp;Bar</source>
        <translation>关闭查找栏(&amp;B)</translation>
    </message>
    <message>
        <source>Search cannot use this option: {error}</source>
        <translation>搜索无法使用此选项：{error}</translation>
    </message>
    <message>
        <source>preparing…</source>
        <translation>准备中…</translation>
    </message>
    <message>
        <source>Passed the end of the issue, continuing from the start</source>
        <translation>已到本期末尾，从头继续</translation>
    </message>
    <message>
        <source>Passed the start of the issue, continuing from the end</source>
        <translation>已到本期开头，从末尾继续</translation>
    </message>
    <message>
        <source>The word dictionary could not be loaded: {error}</source>
        <translation>分词词典无法载入：{error}</translation>
    </message>
</context>
<context>
    <name>HitResultsModel</name>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>{title} (page {page}, {count} hits)</source>
        <translation>{title}（第{page}版，{count}处）</translation>
    </message>
</context>
<context>
    <name>IssueTreeModel</name>
    <message>
        <source>Pages and articles</source>
        <translation>版面与稿件</translation>
    </message>
    <message>
        <source>Page {number:02d}</source>
        <translation>第{number:02d}版</translation>
    </message>
    <message>
        <source>Page editors: {names}</source>
        <translation>本版责编：{names}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>图</translation>
    </message>
    <message>
        <source>With a photo</source>
        <translation>配有图片</translation>
    </message>
    <message>
        <source>←p{page}</source>
        <translation>←{page}版</translation>
    </message>
    <message>
        <source>Continued from page {page}</source>
        <translation>上接第{page}版</translation>
    </message>
    <message>
        <source>→p{page}</source>
        <translation>→{page}版</translation>
    </message>
    <message>
        <source>Continues on page {page}</source>
        <translation>转第{page}版</translation>
    </message>
    <message>
        <source>see p{page}</source>
        <translation>见{page}版</translation>
    </message>
    <message>
        <source>A copy of the article on page {page}</source>
        <translation>与第{page}版的稿件重复</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>不全</translation>
    </message>
    <message>
        <source>The text breaks off in the source</source>
        <translation>原文在此中断</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Newspaper Reader</source>
        <translation>报纸阅读器</translation>
    </message>
    <message>
        <source>Open an issue with File ▸ Open, or drop it on this window.</source>
        <translation>请用“文件 ▸ 打开”选择一期报纸，或把它拖到本窗口。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>&amp;Open Issue File…</source>
        <translation>打开报纸文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Issue &amp;Folder…</source>
        <translation>打开报纸文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>清除最近记录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation>复制并注明出处(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大字号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小字号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>默认字号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <source>Next P&amp;age</source>
        <translation>下一版(&amp;A)</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ge</source>
        <translation>上一版(&amp;G)</translation>
    </message>
    <message>
        <source>Scroll &amp;Down</source>
        <translation>向下翻屏(&amp;D)</translation>
    </message>
    <message>
        <source>Scroll &amp;Up</source>
        <translation>向上翻屏(&amp;U)</translation>
    </message>
    <message>
        <source>Start of Article</source>
        <translation>文章开头</translation>
    </message>
    <message>
        <source>End of Article</source>
        <translation>文章末尾</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>明亮(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>米黄(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <source>This issue has no articles.</source>
        <translation>这一期没有稿件。</translation>
    </message>
    <message>
        <source>Cannot open this issue</source>
        <translation>无法打开这一期报纸</translation>
    </message>
    <message>
        <source>Open Issue File</source>
        <translation>打开报纸文件</translation>
    </message>
    <message>
        <source>Newspaper issues (*.md *.markdown *.txt *.xml *.rss);;All files (*)</source>
        <translation>报纸（*.md *.markdown *.txt *.xml *.rss）;;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Issue Folder</source>
        <translation>打开报纸文件夹</translation>
    </message>
    <message>
        <source>Copied with citation.</source>
        <translation>已复制，并注明出处。</translation>
    </message>
    <message>
        <source>{issue} — Newspaper Reader</source>
        <translation>{issue} — 报纸阅读器</translation>
    </message>
    <message>
        <source>{month}/{day}/{year}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>第{page}版</translation>
    </message>
    <message>
        <source>Article {i} of {n}</source>
        <translation>第{i}篇/共{n}篇</translation>
    </message>
    <message>
        <source>Notes on this issue: {n}</source>
        <translation>本期提示 {n} 条</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>J or ↓: next article
K or ↑: previous article
] and [: next and previous page
Space / Shift+Space: scroll a screen down / up
Home / End: start / end of the article
Alt+← / Alt+→: back / forward after following a page link
Ctrl+= / Ctrl+- / Ctrl+0: larger / smaller / default text
Ctrl+Shift+C: copy with citation
Ctrl+F or /: find in the issue; Enter or F3 / Shift+Enter or Shift+F3: next / previous hit; Esc: close the find bar</source>
        <translation>J 或 ↓：下一篇
K 或 ↑：上一篇
] 和 [：下一版、上一版
空格 / Shift+空格：向下 / 向上翻屏
Home / End：文章开头 / 末尾
Alt+← / Alt+→：点过转版链接后后退 / 前进
Ctrl+= / Ctrl+- / Ctrl+0：放大 / 缩小 / 默认字号
Ctrl+Shift+C：复制并注明出处
Ctrl+F 或 /：在本期中查找；回车或 F3 / Shift+回车或 Shift+F3：下一处 / 上一处；Esc：关闭查找栏</translation>
    </message>
    <message>
        <source>About Newspaper Reader</source>
        <translation>关于报纸阅读器</translation>
    </message>
    <message>
        <source>Newspaper Reader: read Chinese newspaper issues as text, page by page, with stories followed across pages.</source>
        <translation>报纸阅读器：以文字阅读中文报纸，按版浏览，跨版稿件连续阅读。</translation>
    </message>
</context>
<context>
    <name>MissingFontBanner</name>
    <message>
        <source>No Chinese font was found on this computer, so the text may show as empty boxes. Install the package {package} (for example: sudo apt install {package}) and start the reader again.</source>
        <translation>本机没有找到中文字体，文字可能显示为方框。请安装软件包 {package}（例如：sudo apt install {package}），然后重新启动阅读器。</translation>
    </message>
</context>
<context>
    <name>StoryDocument</name>
    <message>
        <source>Continued on page {page}</source>
        <translation>转第{page}版</translation>
    </message>
    <message>
        <source>Continued from page {page}</source>
        <translation>上接第{page}版</translation>
    </message>
    <message>
        <source>page {page} is not in this issue</source>
        <translation>第{page}版不在本期</translation>
    </message>
    <message>
        <source>its part on page {page} was not found</source>
        <translation>第{page}版上未找到续文</translation>
    </message>
    <message>
        <source>The text breaks off here in the source.</source>
        <translation>原文至此中断。</translation>
    </message>
    <message>
        <source>Related report on page {page}</source>
        <translation>相关报道见第{page}版</translation>
    </message>
</context>
</TS>