using System.Text;

namespace Cashless.WebApi.Tests.Exports;

/// <summary>A strict RFC 4180 reader for the tests: CRLF record ends, quoted fields with doubled quotes.</summary>
internal static class CsvText
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0, $"a quote inside an unquoted field at {i}");
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"a CR without LF at {i}");
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                Assert.True(c != '\n', $"a bare LF outside quotes at {i}");
                field.Append(c);
            }
        }

        Assert.False(quoted, "the text ends inside a quoted field");
        Assert.True(field.Length == 0 && record.Count == 0, "the last record is not ended by CRLF");
        return records;
    }
}
